/** The issue shipped with the app, analysed on first start. */
export const sampleIssue = {
  /** Where the built app serves its text. */
  url: `${import.meta.env.BASE_URL}samples/taiyuan-daily-2022-09-21.txt`,
  /** The paper's name as a reader would say it. */
  paper: 'Taiyuan Daily',
  /** Publication date, ISO 8601. */
  date: '2022-09-21',
} as const;

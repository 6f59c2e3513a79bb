import { IssueOverview } from '../features/issue-overview/components/issue-overview.tsx';

/** The page shell: masthead, then the sample issue's analysis. */
export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the analysis
      </a>
      <header className="masthead">
        <div className="masthead__inner">
          <p className="masthead__title">Galley</p>
          <p className="masthead__tagline">Correction desk</p>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <IssueOverview />
      </main>
    </>
  );
}

import { useT } from '../../../lib/i18n.tsx';
import type { JumpLink } from '../link-jumps.ts';
import { sectionReviewMessages } from '../messages.ts';
import type { SectionReviewMessage } from '../messages.ts';

const KIND_MESSAGES: Record<JumpLink['kind'], SectionReviewMessage> = {
  teaser: 'jump.teaser',
  'continued-on': 'jump.continuedOn',
  'continued-from': 'jump.continuedFrom',
};

/** Where a card's teaser or jump lines lead, with a way to go there. */
export function JumpList({
  links,
  titleOf,
  contentLanguage,
  onGoTo,
}: {
  links: readonly JumpLink[];
  /** The title of a card by id, as the link names it. */
  titleOf: (itemId: string) => string;
  /** Language of the text. */
  contentLanguage: string;
  /** Moves to the card of an item. */
  onGoTo: (itemId: string) => void;
}) {
  const t = useT(sectionReviewMessages);
  const goTo = (itemId: string, page: number, primary: boolean) => (
    <button
      type="button"
      className={primary ? 'sr-jump__go' : 'sr-jump__go sr-jump__go--candidate'}
      aria-label={t('jump.goToLabel', { title: titleOf(itemId), page })}
      onClick={() => {
        onGoTo(itemId);
      }}
    >
      <span aria-hidden="true" className="sr-jump__arrow">
        →
      </span>{' '}
      <span lang={contentLanguage}>{titleOf(itemId)}</span>
    </button>
  );

  return (
    <ul className="sr-jumps">
      {links.map((link) => {
        const { target, page } = link;
        const missing = target.state === 'page-not-in-issue' || target.state === 'not-found';
        return (
          <li
            key={`${link.line ?? 'page'}-${page}`}
            className={missing ? 'sr-jump sr-jump--missing' : 'sr-jump'}
          >
            <span className="sr-jump__label">{t(KIND_MESSAGES[link.kind], { page })}</span>
            {target.state === 'linked' ? goTo(target.itemId, page, true) : null}
            {target.state === 'page-not-in-issue' ? (
              <span className="sr-jump__note">{t('jump.notInIssue', { page })}</span>
            ) : null}
            {target.state === 'not-found' ? (
              <span className="sr-jump__note">{t('jump.notFound', { page })}</span>
            ) : null}
            {target.state === 'candidates' ? (
              <>
                <span className="sr-jump__note">{t('jump.candidates', { page })}</span>
                <ul className="sr-jump__candidates">
                  {target.candidates.map((candidate) => (
                    <li key={candidate.itemId}>{goTo(candidate.itemId, page, false)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

import { readLink } from '../model/link-reading';
import type { StoredLinkEvidence } from '../model/stored';
import type { EventLinkType, Modality } from '../model/vocabulary';
import { listParam } from './arguments';
import type { InputMaybe } from './generated/resolvers';

// Links written before links carried their modality were never checked against their words: they are
// read as interpretations, never as what the source says.
const UNCHECKED = 'recorded before links carried their modality; not checked against the source';

/** A stored link's modality; an unchecked one counts as INFERRED. */
export const modalityOf = (link: StoredLinkEvidence): Modality =>
  link.modality === 'STATED' ? 'STATED' : 'INFERRED';

/** A filter on modalities, checked (an empty list matches nothing and is refused): a link passes it or not. */
export function modalityFilter(modalities: InputMaybe<Modality[]> | undefined) {
  const asked = listParam(modalities, 'modalities');
  return (link: StoredLinkEvidence) => asked.length === 0 || asked.includes(modalityOf(link));
}

/** The fields every link type shares: modality, the words it rests on, and what was read into them. */
export function linkWordsResolvers<Parent>(evidenceOf: (link: Parent) => StoredLinkEvidence) {
  return {
    modality: (link: Parent) => modalityOf(evidenceOf(link)),
    cue: (link: Parent) => {
      const evidence = evidenceOf(link);
      return evidence.cue ?? evidence.sentence ?? evidence.note ?? '';
    },
    inference: (link: Parent) => {
      const evidence = evidenceOf(link);
      if (modalityOf(evidence) === 'STATED') return null;
      return evidence.inference ?? UNCHECKED;
    },
  };
}

/** A link's reading as a sentence, from its two events' titles. */
export function readingOf(
  kind: string,
  cause: { id: string; title: string },
  effect: { id: string; title: string },
  evidence: StoredLinkEvidence,
): string {
  return readLink({
    kind: kind as EventLinkType,
    cause,
    effect,
    modality: modalityOf(evidence),
    cue: evidence.cue ?? evidence.sentence ?? evidence.note ?? '',
  });
}

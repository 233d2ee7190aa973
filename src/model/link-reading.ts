import type { EventLinkType, Modality } from './vocabulary';

/** What a link's reading needs of its two events. */
export interface LinkEnd {
  id: string;
  title: string;
}

export interface ReadableLink {
  kind: EventLinkType;
  cause: LinkEnd;
  effect: LinkEnd;
  modality: Modality;
  cue: string;
}

/**
 * Which end of a stored link is the cause: RETALIATION_FOR and RESPONSE_TO point from the effect to
 * the cause ("China's tariffs RETALIATION_FOR Canada's"); CAUSED, FOLLOWED_BY and ENDED_BY from the
 * cause (or earlier event, or state) to the effect. Every reading of a link goes through here, so no
 * list reads one backwards.
 */
export function causeEnd(kind: string): 'from' | 'to' {
  return kind === 'RETALIATION_FOR' || kind === 'RESPONSE_TO' ? 'to' : 'from';
}

const PHRASES: Record<EventLinkType, (cause: string, effect: string) => string> = {
  CAUSED: (cause, effect) => `${cause} led to ${effect}`,
  RETALIATION_FOR: (cause, effect) => `${effect} in retaliation for ${cause}`,
  RESPONSE_TO: (cause, effect) => `${effect} in response to ${cause}`,
  FOLLOWED_BY: (cause, effect) => `${effect} came after ${cause}`,
  ENDED_BY: (cause, effect) => `${cause} ended with ${effect}`,
};

/** A link as a sentence (the titles quoted), with whether the source says it or it is read from its words. */
export function readLink(link: ReadableLink): string {
  const sentence = PHRASES[link.kind](`“${link.cause.title}”`, `“${link.effect.title}”`);
  return link.modality === 'STATED'
    ? `${sentence} (stated: "${link.cue}")`
    : `${sentence} (inferred from "${link.cue}")`;
}

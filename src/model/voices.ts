/**
 * Whose voice a speaker is: an OFFICIAL (a person holding office in a government or public body), a
 * GOVERNMENT or public body itself, an EXPERT (a think tank, university or research voice), the MEDIA,
 * BUSINESS, a political PARTY, or OTHER. Read from the actor's kind and subtype, and for a person from
 * the bodies they hold roles in, so an analyst can ask for experts apart from officials.
 */
export const VOICES = {
  OFFICIAL: 'A person holding office in a government or public body (a minister, a premier).',
  GOVERNMENT: 'A government or public body speaking as such (a department, a regulator, a court).',
  EXPERT: 'A researcher or analyst: a think tank, a university, experts the source cites.',
  MEDIA: 'A news outlet, broadcaster or editorial board, or a person working for one.',
  BUSINESS: 'A company, business council or industry body, or a person leading one.',
  PARTY: 'A political party, or a person holding a party role.',
  OTHER: 'Anyone else, or a body whose subtype says nothing of its voice.',
} as const;
export type Voice = keyof typeof VOICES;

/** The voice of an organisation by its subtype (lowercase, as documents write them). */
export const SUBTYPE_VOICES: Record<string, Exclude<Voice, 'OFFICIAL' | 'OTHER'>> = {
  'think tank': 'EXPERT',
  university: 'EXPERT',
  'research institute': 'EXPERT',
  'unnamed group of experts': 'EXPERT',
  newspaper: 'MEDIA',
  'newspaper editorial board': 'MEDIA',
  broadcaster: 'MEDIA',
  'news agency': 'MEDIA',
  'media outlet': 'MEDIA',
  company: 'BUSINESS',
  'business council': 'BUSINESS',
  'industry association': 'BUSINESS',
  'political party': 'PARTY',
  'federal department': 'GOVERNMENT',
  ministry: 'GOVERNMENT',
  regulator: 'GOVERNMENT',
  'statistics agency': 'GOVERNMENT',
  court: 'GOVERNMENT',
  'international organisation': 'GOVERNMENT',
  'intergovernmental forum': 'GOVERNMENT',
};

interface Body {
  kind: string;
  subtype?: string | null;
}

function bodyVoice(body: Body): Voice | null {
  if (body.kind === 'GOVERNMENT') return 'GOVERNMENT';
  return SUBTYPE_VOICES[(body.subtype ?? '').toLowerCase()] ?? null;
}

/**
 * A speaker's voices, in the enum's order: a person's from the bodies they hold roles in (office in a
 * government or public body makes an OFFICIAL), any other actor's from itself; OTHER when nothing says.
 * cypher/fragments/speaker-voices.cypher computes the same from SUBTYPE_VOICES.
 */
export function voicesOf(actor: Body, roleBodies: Body[]): Voice[] {
  const found = new Set<Voice>();
  for (const body of actor.kind === 'PERSON' ? roleBodies : [actor]) {
    const voice = bodyVoice(body);
    if (voice) found.add(actor.kind === 'PERSON' && voice === 'GOVERNMENT' ? 'OFFICIAL' : voice);
  }
  const voices = (Object.keys(VOICES) as Voice[]).filter((voice) => found.has(voice));
  return voices.length > 0 ? voices : ['OTHER'];
}

import { z } from 'zod';
import {
  ACTOR_KINDS,
  ACTOR_RELATION_TYPES,
  EVENT_LINK_TYPES,
  EVENT_STATUSES,
  EVENT_TYPES,
  MODALITIES,
  PARTICIPANT_ROLES,
  SOURCE_KINDS,
  STATEMENT_KINDS,
  TENSES,
  keysOf,
} from './vocabulary';

/** Stable ids: a prefix naming the kind of thing, a colon, a lowercase slug ("person:mark-carney"). */
export const id = z
  .string()
  .regex(
    /^[a-z]+:[a-z0-9][a-z0-9-]*$/,
    'must be a stable id such as "person:mark-carney" (prefix:lowercase-slug)',
  );

const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO date-time with an offset' });
const isoDate = z.iso.date('must be an ISO date (YYYY-MM-DD)');
const text = z.string().trim().min(1, 'must not be empty');

/**
 * Where a fact comes from. `sentence` is copied exactly from the source's text: ingest finds it and
 * stores its character offsets. A fact from outside the documents names a REFERENCE source and says so.
 */
export const evidenceSchema = z.union([
  z.strictObject({
    sentence: text.describe('The exact sentence (or clause) of the source text that states the fact.'),
    source: id
      .optional()
      .describe("The source holding the sentence; the document's own source when left out."),
  }),
  z.strictObject({
    outsideArticle: z.literal(true),
    source: id.describe('A REFERENCE source declared in externalSources.'),
    note: text.describe('What the reference says, briefly.'),
  }),
]);

/** A time as the source words it; resolved against the document's reference time at ingest. */
export interface TimeSpec {
  expression: string;
  tense?: (typeof TENSES)[number];
  anchor?: TimeSpec;
  ongoing?: boolean;
  evidence?: z.infer<typeof evidenceSchema>;
}
export const timeSchema: z.ZodType<TimeSpec> = z.lazy(() =>
  z.strictObject({
    expression: text.describe(
      'The words of the source ("last spring", "on Friday"), an ISO date from an outside reference, or a policy form for what the source leaves undated ("undated, before publication").',
    ),
    tense: z
      .enum(TENSES)
      .optional()
      .describe('The tense of the sentence: decides the direction of weekday names.'),
    anchor: timeSchema
      .optional()
      .describe('For durations ("for nearly three years"): when the thing started.'),
    ongoing: z.boolean().optional().describe('Still in force as of the reference time: the end is open.'),
    evidence: evidenceSchema
      .optional()
      .describe(
        "Where this time comes from when not from the fact's own evidence (an exact date from outside).",
      ),
  }),
);

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(keysOf(SOURCE_KINDS)),
  title: text,
  publisher: text.optional(),
  byline: text.optional(),
  url: z.url().optional(),
  publishedAt: isoDateTime.optional().describe('When it was published, if known.'),
  capturedAt: isoDate.optional().describe('When the copy we hold was captured.'),
  referenceTime: isoDateTime
    .optional()
    .describe('What relative times ("on Friday") are resolved against; publishedAt when left out.'),
  timeZone: z.string().default('America/Toronto'),
  text: z.string().optional().describe('The full text; evidence sentences are found in it.'),
  note: text.optional(),
});

export const actorSchema = z.strictObject({
  id,
  kind: z.enum(keysOf(ACTOR_KINDS)),
  subtype: text
    .optional()
    .describe('A finer kind: "city", "political party", "ministry", "think tank", "product"...'),
  name: text,
  aliases: z.array(text).default([]).describe('Other names the sources use for this actor.'),
  description: text.optional(),
  evidence: evidenceSchema.optional().describe('Where the document first mentions the actor.'),
});

export const metonymSchema = z.strictObject({
  term: text.describe('The word used, e.g. "Ottawa".'),
  place: id.describe('The place the word names literally.'),
  standsFor: id.describe('The actor the word means in these sentences, e.g. the Government of Canada.'),
  evidence: evidenceSchema,
});

export const roleSchema = z.strictObject({
  id,
  holder: id,
  title: text.describe('"prime minister", "foreign affairs minister", "professor"...'),
  organisation: id.describe('The government, party or body the role is held in.'),
  time: timeSchema.optional().describe('When the role was held; as of the reference time when left out.'),
  timeClaims: z
    .array(timeSchema)
    .default([])
    .describe(
      "More claims about the same time, each with its own evidence: an outside reference's exact date, another sentence's words. `time` stays the fact's own source's claim.",
    ),
  evidence: evidenceSchema,
});

export const actorRelationSchema = z.strictObject({
  from: id,
  type: z.enum(keysOf(ACTOR_RELATION_TYPES)),
  to: id,
  time: timeSchema.optional(),
  timeClaims: z
    .array(timeSchema)
    .default([])
    .describe(
      "More claims about the same time, each with its own evidence: an outside reference's exact date, another sentence's words. `time` stays the fact's own source's claim.",
    ),
  evidence: evidenceSchema,
});

export const participantSchema = z.strictObject({
  actor: id,
  role: z.enum(keysOf(PARTICIPANT_ROLES)),
  mentionedAs: text.optional().describe('The words the sentence uses for the actor ("Ottawa", "Beijing").'),
});

export const eventSchema = z.strictObject({
  id,
  type: z.enum(keysOf(EVENT_TYPES)),
  title: text,
  description: text.optional(),
  status: z.enum(keysOf(EVENT_STATUSES)),
  time: timeSchema,
  timeClaims: z
    .array(timeSchema)
    .default([])
    .describe(
      "More claims about the same time, each with its own evidence: an outside reference's exact date, another sentence's words. `time` stays the fact's own source's claim.",
    ),
  place: id.optional(),
  participants: z.array(participantSchema).min(1, 'an event needs at least one participant'),
  sectors: z.array(id).default([]).describe('SECTOR actors the event affects.'),
  partOf: id.optional().describe('The larger event this one happens within (a meeting within a visit).'),
  implied: z
    .strictObject({
      cue: text.describe(
        'The words of the evidence sentence that imply the event ("the first visit ... in eight years").',
      ),
      inference: text.describe('What was read into them: why the event must have happened.'),
    })
    .optional()
    .describe(
      'For an event the source implies without narrating it: marks it INFERRED, with the words it rests on.',
    ),
  evidence: evidenceSchema,
});

export const eventLinkSchema = z
  .strictObject({
    from: id,
    type: z.enum(keysOf(EVENT_LINK_TYPES)),
    to: id,
    modality: z
      .enum(keysOf(MODALITIES))
      .describe(
        'STATED when the source says it in words; INFERRED when it is a reading of what the source says.',
      ),
    cue: text.describe(
      'The source\'s words the link rests on, exactly as in the evidence sentence (or the reference\'s note): "in retaliation for", "imposed after".',
    ),
    inference: text
      .optional()
      .describe(
        'For an INFERRED link: what was read into the words, and why (required then; refused on a STATED one).',
      ),
    evidence: evidenceSchema,
  })
  .superRefine((link, ctx) => {
    if (link.modality === 'INFERRED' && !link.inference)
      ctx.addIssue({
        code: 'custom',
        path: ['inference'],
        message: 'an INFERRED link must say what was read into its cue',
      });
    if (link.modality === 'STATED' && link.inference)
      ctx.addIssue({
        code: 'custom',
        path: ['inference'],
        message: 'a STATED link needs no inference: the source says it',
      });
  });

export const statementSchema = z.strictObject({
  id,
  kind: z.enum(keysOf(STATEMENT_KINDS)),
  text: text.describe('The quote exactly as in the source (without quotation marks), or the reported claim.'),
  speaker: id,
  speakerTitle: text.optional().describe('The title the source gives the speaker when speaking.'),
  speakerAffiliation: id.optional().describe('The body the speaker spoke for at the time.'),
  said: timeSchema,
  timeClaims: z
    .array(timeSchema)
    .default([])
    .describe(
      "More claims about the same time, each with its own evidence: an outside reference's exact date, another sentence's words. `time` stays the fact's own source's claim.",
    ),
  about: z.array(id).default([]).describe('Actors and events the statement is about.'),
  evidence: evidenceSchema,
});

export const documentSchema = z.strictObject({
  format: z.literal('eventgraph/1'),
  source: sourceSchema,
  externalSources: z.array(sourceSchema).default([]),
  actors: z.array(actorSchema).default([]),
  metonyms: z.array(metonymSchema).default([]),
  roles: z.array(roleSchema).default([]),
  relations: z.array(actorRelationSchema).default([]),
  events: z.array(eventSchema).default([]),
  eventLinks: z.array(eventLinkSchema).default([]),
  statements: z.array(statementSchema).default([]),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type EventDocument = z.infer<typeof documentSchema>;

/** One fact of each kind, as a document holds it (after the schema's defaults). */
export type ActorFact = z.infer<typeof actorSchema>;
export type MetonymFact = z.infer<typeof metonymSchema>;
export type RoleFact = z.infer<typeof roleSchema>;
export type RelationFact = z.infer<typeof actorRelationSchema>;
export type EventFact = z.infer<typeof eventSchema>;
export type EventLinkFact = z.infer<typeof eventLinkSchema>;
export type StatementFact = z.infer<typeof statementSchema>;

import type {
  ActorDetails,
  EventDetails,
  Evidence,
  StatementDetails,
  StatementInfo,
  TimeSpan,
} from './types';

/** A small element builder: text is always set as text, never parsed as HTML. */
export function h(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'open');

/** A button that selects another node; main.ts listens for clicks on `[data-select]`. */
const link = (id: string, text: string) =>
  h('button', { type: 'button', class: 'link', 'data-select': id }, text);

function section(title: string, ...content: Array<Node | null | false>): HTMLElement | null {
  const present = content.filter(Boolean);
  if (present.length === 0) return null;
  return h('section', {}, h('h3', {}, title), ...present);
}

function timeBlock(time: TimeSpan, evidence: Evidence[]): HTMLElement {
  const from = time.source?.title ?? evidence.find((e) => e.aspect !== 'time')?.source.title ?? 'the source';
  return h(
    'dl',
    { class: 'time' },
    h('dt', {}, 'When'),
    h('dd', { class: 'time-label' }, time.label),
    h('dt', {}, 'In the words of the source'),
    h('dd', { class: 'time-expression' }, `“${time.expression}”`),
    h('dt', {}, 'Precision'),
    h('dd', {}, words(time.precision)),
    h('dt', {}, 'Starts'),
    h('dd', {}, `between ${day(time.earliestStart)} and ${day(time.latestStart)} (best ${day(time.start)})`),
    h('dt', {}, 'Ends'),
    h(
      'dd',
      {},
      time.end === null
        ? 'still ongoing as of the source'
        : `between ${day(time.earliestEnd)} and ${day(time.latestEnd)} (best ${day(time.end)})`,
    ),
    h('dt', {}, 'Time from'),
    h(
      'dd',
      {},
      time.outsideArticle ? `outside the article: ${from}${time.note ? ` (${time.note})` : ''}` : from,
    ),
  );
}

/** The source's full text with the evidence sentence marked, scrolled to it once shown. */
export function sourceText(evidence: Evidence): HTMLElement {
  const { source } = evidence;
  const heading = h(
    'p',
    { class: 'source-title' },
    `${source.kind === 'ARTICLE' ? 'Article' : source.kind === 'TEASER' ? 'Teaser' : 'Reference'}: `,
    h('cite', {}, source.title),
    source.publishedAt
      ? ` (${source.publishedAt.slice(0, 10)})`
      : source.capturedAt
        ? ` (captured ${source.capturedAt})`
        : '',
  );
  const text = source.text;
  if (!text || evidence.charStart === null || evidence.charEnd === null) {
    return h(
      'div',
      { class: 'evidence' },
      heading,
      evidence.sentence ? h('blockquote', {}, evidence.sentence) : null,
      evidence.note ? h('p', {}, evidence.note) : null,
    );
  }
  const body = h(
    'div',
    { class: 'source-text', tabindex: '0', 'aria-label': `Full text of ${source.title}` },
    text.slice(0, evidence.charStart),
    h('mark', { class: 'evidence-sentence' }, text.slice(evidence.charStart, evidence.charEnd)),
    text.slice(evidence.charEnd),
  );
  return h('div', { class: 'evidence' }, heading, body);
}

/** Scrolls each source text so that its marked sentence is in view. */
export function scrollMarks(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('.source-text').forEach((box) => {
    const mark = box.querySelector<HTMLElement>('mark');
    if (mark) box.scrollTop = Math.max(mark.offsetTop - box.offsetTop - box.clientHeight / 3, 0);
  });
}

function quote(statement: StatementInfo): HTMLElement {
  const evidence = statement.evidence.find((e) => e.aspect === 'statement') ?? statement.evidence[0];
  return h(
    'div',
    { class: 'quote' },
    h(
      'blockquote',
      { class: statement.kind === 'QUOTE' ? 'quote-text' : 'reported-text' },
      statement.kind === 'QUOTE' ? `“${statement.text}”` : statement.text,
    ),
    h(
      'p',
      { class: 'speaker' },
      '— ',
      statement.speaker ? link(statement.speaker.id, statement.speaker.name) : '',
      statement.speakerTitle ? `, ${statement.speakerTitle}` : '',
      `, ${statement.time.label}`,
    ),
    evidence ? sourceText(evidence) : null,
  );
}

const pathButtons = (id: string) =>
  h(
    'p',
    { class: 'path-buttons' },
    h('button', { type: 'button', 'data-path-from': id }, 'Path from here'),
    ' ',
    h('button', { type: 'button', 'data-path-to': id }, 'Path to here'),
  );

export function eventDetails(event: EventDetails): HTMLElement {
  const links = (list: EventDetails['causes'], reverse: boolean) =>
    list.length === 0
      ? null
      : h(
          'ul',
          {},
          ...list.map((l) =>
            h(
              'li',
              {},
              reverse ? '' : `${words(l.type)}: `,
              link(l.event.id, l.event.title),
              ` (${l.event.time.label})`,
              reverse ? ` — ${words(l.type)} this` : '',
            ),
          ),
        );
  const sentences = event.evidence.filter((e) => e.aspect !== 'time');
  return h(
    'article',
    { 'data-details': event.id },
    h('h2', {}, event.title),
    h(
      'p',
      { class: `status status-${event.status.toLowerCase()}` },
      `${words(event.type)} · ${words(event.status)}${event.isFact ? '' : ' — not a fact'}`,
    ),
    event.description ? h('p', {}, event.description) : null,
    pathButtons(event.id),
    timeBlock(event.time, event.evidence),
    section(
      'Who took part',
      h(
        'ul',
        {},
        ...event.participants.map((p) =>
          h(
            'li',
            {},
            link(p.actor.id, p.actor.name),
            ` — ${words(p.role)}`,
            p.mentionedAs ? ` (as “${p.mentionedAs}”)` : '',
          ),
        ),
      ),
    ),
    event.place ? section('Where', h('p', {}, link(event.place.id, event.place.name))) : null,
    event.partOf ? section('Part of', h('p', {}, link(event.partOf.id, event.partOf.title))) : null,
    section('Caused by, answers', links(event.causes, false)),
    section('Led to', links(event.consequences, true)),
    section('Quotes', ...event.statements.map(quote)),
    section('Source', ...sentences.map(sourceText)),
  );
}

export function actorDetails(actor: ActorDetails): HTMLElement {
  return h(
    'article',
    { 'data-details': actor.id },
    h('h2', {}, actor.name),
    h('p', { class: 'status' }, `${words(actor.kind)}${actor.subtype ? ` · ${actor.subtype}` : ''}`),
    actor.description ? h('p', {}, actor.description) : null,
    actor.aliases.length ? h('p', {}, `Also: ${actor.aliases.join(', ')}`) : null,
    pathButtons(actor.id),
    section(
      'Offices',
      actor.roles.length
        ? h(
            'ul',
            {},
            ...actor.roles.map((r) =>
              h(
                'li',
                {},
                `${r.title}, `,
                link(r.organisation.id, r.organisation.name),
                r.time ? ` (${r.time.label})` : '',
              ),
            ),
          )
        : null,
    ),
    section(
      'Events',
      actor.timeline.edges.length
        ? h(
            'ul',
            {},
            ...actor.timeline.edges.map(({ node }) =>
              h(
                'li',
                {},
                link(node.id, node.title),
                ` (${node.time.label})${['HAPPENED', 'ONGOING'].includes(node.status) ? '' : ` — ${words(node.status)}`}`,
              ),
            ),
          )
        : null,
    ),
    section(
      'Related',
      actor.relationships.length
        ? h(
            'ul',
            {},
            ...actor.relationships.map((r) =>
              h(
                'li',
                {},
                `${words(r.type)}${r.direction === 'INCOMING' ? ' (from)' : ''}: `,
                link(r.other.id, r.other.name),
              ),
            ),
          )
        : null,
    ),
    section('Said', ...actor.statementsMade.edges.map(({ node }) => quote({ ...node, speaker: undefined }))),
    section('First mentioned', ...actor.mentions.slice(0, 1).map(sourceText)),
  );
}

export function statementDetails(statement: StatementDetails): HTMLElement {
  return h(
    'article',
    { 'data-details': statement.id },
    h('h2', {}, statement.kind === 'QUOTE' ? 'Quote' : 'Reported claim'),
    quote({ ...statement, evidence: statement.evidence }),
    pathButtons(statement.id),
    timeBlock(statement.time, statement.evidence),
    section(
      'About',
      h('ul', {}, ...statement.about.map((a) => h('li', {}, link(a.id, a.name ?? a.title ?? a.id)))),
    ),
  );
}

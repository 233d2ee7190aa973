import { gql, UnavailableError } from './api';
import { actorDetails, eventDetails, h, scrollMarks, statementDetails } from './details';
import { GraphView, storyElements } from './graph-view';
import * as Q from './queries';
import { DEFAULT_STATE, readState, writeState, type Lanes, type Match, type ViewState } from './state';
import { TimelineView } from './timeline-view';
import type {
  ActorDetails,
  CyElements,
  EventDetails,
  Page,
  PathAnswer,
  SearchHit,
  SourceInfo,
  StatementDetails,
  TimelineEvent,
} from './types';
import './style.css';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const state: ViewState = readState(location.search);
let events: TimelineEvent[] = [];
/** Publication days of every source, from the unfiltered timeline: the slider's stops. */
let publicationDays: Array<{ day: string; sources: SourceInfo[] }> = [];

const banner = $('#banner');
const status = $('#status');
const details = $('#details');

function saveState(): void {
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
}

// ---------------------------------------------------------------- loading, errors and the retry banner

let pending = 0;
function busy(delta: number): void {
  pending += delta;
  document.body.setAttribute('aria-busy', pending > 0 ? 'true' : 'false');
  status.textContent = pending > 0 ? 'Loading…' : '';
}

let retryTimer: number | undefined;
/** Runs a load; when the service or database is down, shows the banner and tries again until it answers. */
async function attempt(what: string, load: () => Promise<void>): Promise<void> {
  busy(1);
  try {
    await load();
    if (banner.dataset.kind === 'unavailable') hideBanner();
  } catch (error) {
    if (error instanceof UnavailableError) {
      showBanner('unavailable', `The database is unavailable (${error.message}). Retrying every 3 seconds…`);
      window.clearTimeout(retryTimer);
      retryTimer = window.setTimeout(() => void attempt(what, load), 3000);
    } else {
      showBanner(
        'error',
        `Could not load ${what}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  } finally {
    busy(-1);
  }
}

function showBanner(kind: string, text: string): void {
  banner.dataset.kind = kind;
  banner.textContent = text;
  banner.hidden = false;
}

function hideBanner(): void {
  banner.hidden = true;
  banner.dataset.kind = '';
  banner.textContent = '';
}

async function allPages<T>(
  query: string,
  variables: Record<string, unknown>,
): Promise<Array<Page<T> & Record<string, unknown>>> {
  const pages: Array<Page<T> & Record<string, unknown>> = [];
  let after: string | null = null;
  do {
    const data: { timeline: Page<T> & Record<string, unknown> } = await gql(query, { ...variables, after });
    pages.push(data.timeline);
    after = data.timeline.pageInfo.hasNextPage ? data.timeline.pageInfo.endCursor : null;
  } while (after);
  return pages;
}

const windowVariables = () => ({ from: state.from, to: state.to, match: state.match, asOf: state.asOf });

// ---------------------------------------------------------------- the two views

const timeline = new TimelineView($('#timeline'), {
  onSelect: (id) => {
    if (id) void select(id, 'timeline');
  },
  onWindow: (from, to) => {
    state.from = from;
    state.to = to;
    syncControls();
    saveState();
    void attempt('the window', applyWindow);
  },
});

const graph = new GraphView($('#graph'), {
  onTap: (id) => void select(id, 'graph', true),
});

/** Loads the timeline (as reported on `asOf`) and draws both views from it. */
async function loadStory(): Promise<void> {
  const pages = await allPages<TimelineEvent>(Q.TIMELINE, { asOf: state.asOf });
  events = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  if (state.asOf === null || publicationDays.length === 0) publicationDays = daysOf(events);
  timeline.setEvents(events, state.lanes);
  graph.setStory(storyElements(events));
  $('#timeline-empty').hidden = events.length > 0;
  $('#graph-empty').hidden = events.length > 0;
  document.body.dataset.events = String(events.length);
  syncControls();
  await applyWindow();
  if (state.selected) await select(state.selected, 'url');
  if (state.pathFrom && state.pathTo) await showPath();
}

function daysOf(list: TimelineEvent[]): Array<{ day: string; sources: SourceInfo[] }> {
  const byDay = new Map<string, Map<string, SourceInfo>>();
  for (const event of list) {
    for (const { source } of event.evidence) {
      if (!source.availableAt) continue;
      const day = source.availableAt.slice(0, 10);
      if (!byDay.has(day)) byDay.set(day, new Map());
      byDay.get(day)!.set(source.id, source);
    }
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, sources]) => ({ day, sources: [...sources.values()] }));
}

/** Asks the API which events the window keeps (its fuzzy match), then dims or hides the rest. */
let windowTicket = 0;
async function applyWindow(): Promise<void> {
  const ticket = ++windowTicket;
  const pages = await allPages<{ id: string }>(Q.WINDOW_IDS, windowVariables());
  // A later change of window or match answers for itself; an older answer arriving after it is dropped.
  if (ticket !== windowTicket) return;
  const inside = new Set(pages.flatMap((page) => page.edges.map((edge) => edge.node.id)));
  timeline.markOutside(new Set(events.map((e) => e.id).filter((id) => !inside.has(id))));
  timeline.setWindow(state.from, state.to);
  const keep = new Set(inside);
  graph.setWindow(keep);
  document.body.dataset.windowEvents = String(inside.size);
}

// ---------------------------------------------------------------- selection and details

async function select(id: string, from: 'timeline' | 'graph' | 'url' | 'search' | 'details', expand = false) {
  state.selected = id;
  saveState();
  await attempt('the selection', async () => {
    if (!graph.has(id) || expand) {
      const { neighbourhood } = await gql<{ neighbourhood: { cytoscape: CyElements } }>(Q.NEIGHBOURHOOD, {
        id,
      });
      graph.addElements(neighbourhood.cytoscape, id);
    }
    if (from !== 'graph') graph.select(id);
    else graph.select(id);
    if (from !== 'timeline') timeline.select(id);
    await showDetails(id);
  });
}

async function showDetails(id: string): Promise<void> {
  details.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  let content: HTMLElement;
  if (id.startsWith('event:')) {
    const { event } = await gql<{ event: EventDetails }>(Q.EVENT_DETAILS, { id });
    content = eventDetails(event);
  } else if (id.startsWith('statement:')) {
    const { statement } = await gql<{ statement: StatementDetails }>(Q.STATEMENT_DETAILS, { id });
    content = statementDetails(statement);
  } else if (id.startsWith('source:')) {
    content = h('p', {}, `Source ${id}`);
  } else {
    const { actor } = await gql<{ actor: ActorDetails }>(Q.ACTOR_DETAILS, { id, asOf: state.asOf });
    content = actorDetails(actor);
  }
  details.replaceChildren(content);
  scrollMarks(details);
}

details.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>(
    '[data-select],[data-path-from],[data-path-to]',
  );
  if (!target) return;
  if (target.dataset.select) void select(target.dataset.select, 'details');
  if (target.dataset.pathFrom) {
    state.pathFrom = target.dataset.pathFrom;
    void showPath();
  }
  if (target.dataset.pathTo) {
    state.pathTo = target.dataset.pathTo;
    void showPath();
  }
});

// ---------------------------------------------------------------- paths

const pathPanel = $('#path');

async function showPath(): Promise<void> {
  saveState();
  const label = (id: string | null) => id ?? 'pick one (“Path from here” / “Path to here” in the details)';
  pathPanel.hidden = false;
  if (!state.pathFrom || !state.pathTo || state.pathFrom === state.pathTo) {
    pathPanel.replaceChildren(
      h('strong', {}, 'Path '),
      `from ${label(state.pathFrom)} to ${label(state.pathTo)}`,
      clearPathButton(),
    );
    return;
  }
  const source = state.pathFrom;
  const target = state.pathTo;
  await attempt('the path', async () => {
    const { shortest, forward } = await gql<{ shortest: PathAnswer | null; forward: PathAnswer | null }>(
      Q.PATHS,
      {
        source,
        target,
      },
    );
    graph.showPath(shortest?.cytoscape ?? null, forward?.cytoscape ?? null, [source, target]);
    const describe = (name: string, path: PathAnswer | null) =>
      h(
        'li',
        { 'data-path': name },
        h('strong', {}, `${name}: `),
        path ? `${path.length} hops — ${path.nodes.map((n) => n.label).join(' → ')}` : 'none within 6 hops',
      );
    pathPanel.replaceChildren(
      h('strong', {}, 'Path'),
      h('ul', {}, describe('Shortest', shortest), describe('Time-respecting', forward)),
      clearPathButton(),
    );
    document.body.dataset.path = shortest ? shortest.edges.map((e) => e.id).join(' ') : '';
  });
}

function clearPathButton(): HTMLElement {
  const button = h('button', { type: 'button', id: 'clear-path' }, 'Clear path');
  button.addEventListener('click', () => {
    state.pathFrom = null;
    state.pathTo = null;
    saveState();
    graph.clearPath();
    pathPanel.hidden = true;
    document.body.dataset.path = '';
  });
  return button;
}

// ---------------------------------------------------------------- controls

const fromInput = $<HTMLInputElement>('#from');
const toInput = $<HTMLInputElement>('#to');
const matchInput = $<HTMLSelectElement>('#match');
const lanesInput = $<HTMLSelectElement>('#lanes');
const asOfInput = $<HTMLInputElement>('#as-of');
const asOfLabel = $('#as-of-label');

function syncControls(): void {
  fromInput.value = state.from;
  toInput.value = state.to;
  matchInput.value = state.match;
  lanesInput.value = state.lanes;
  asOfInput.max = String(publicationDays.length);
  const index =
    state.asOf === null ? publicationDays.length : publicationDays.findIndex((d) => d.day >= state.asOf!);
  asOfInput.value = String(index < 0 ? publicationDays.length : index);
  asOfLabel.textContent =
    state.asOf === null ? 'everything published' : `${state.asOf} (${sourcesBy(state.asOf)} sources out)`;
}

const sourcesBy = (day: string) =>
  publicationDays.filter((d) => d.day <= day).reduce((n, d) => n + d.sources.length, 0);

function onWindowInput(): void {
  if (!fromInput.value || !toInput.value || fromInput.value >= toInput.value) return;
  state.from = fromInput.value;
  state.to = toInput.value;
  saveState();
  void attempt('the window', applyWindow);
}
fromInput.addEventListener('change', onWindowInput);
toInput.addEventListener('change', onWindowInput);
matchInput.addEventListener('change', () => {
  state.match = matchInput.value as Match;
  saveState();
  void attempt('the window', applyWindow);
});
lanesInput.addEventListener('change', () => {
  state.lanes = lanesInput.value as Lanes;
  saveState();
  timeline.setEvents(events, state.lanes);
  void attempt('the window', applyWindow);
});
asOfInput.addEventListener('change', () => {
  const index = Number(asOfInput.value);
  state.asOf = index >= publicationDays.length ? null : publicationDays[index]!.day;
  saveState();
  void attempt('the story', loadStory);
});
asOfInput.addEventListener('input', () => {
  const index = Number(asOfInput.value);
  asOfLabel.textContent =
    index >= publicationDays.length ? 'everything published' : publicationDays[index]!.day;
});
$('#reset-window').addEventListener('click', () => {
  state.from = DEFAULT_STATE.from;
  state.to = DEFAULT_STATE.to;
  syncControls();
  saveState();
  void attempt('the window', applyWindow);
});
$('#fit').addEventListener('click', () => {
  timeline.timeline.fit();
  graph.cy.fit(undefined, 20);
});

// search
const searchForm = $<HTMLFormElement>('#search');
const searchInput = $<HTMLInputElement>('#search-text');
const results = $('#search-results');
searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = searchInput.value.trim();
  if (!text) return;
  void attempt('the search', async () => {
    const { search } = await gql<{ search: { edges: Array<{ node: SearchHit }> } }>(Q.SEARCH, { text });
    results.replaceChildren(
      ...(search.edges.length === 0
        ? [h('li', { class: 'muted' }, `Nothing found for “${text}”`)]
        : search.edges.map(({ node }) => {
            const target = node.__typename === 'Source' ? null : node.id;
            const text =
              node.__typename === 'Actor'
                ? `${node.name} (${node.kind.toLowerCase()})`
                : node.__typename === 'Event'
                  ? `${node.title} (${node.time.label})`
                  : node.__typename === 'Statement'
                    ? `${node.speaker.name}: “${node.text.slice(0, 80)}”`
                    : `Source: ${node.title}`;
            const button = h('button', { type: 'button', class: 'link', 'data-hit': node.id }, text);
            button.addEventListener('click', () => {
              results.hidden = true;
              if (target) void select(target, 'search');
            });
            return h('li', {}, button);
          })),
    );
    results.hidden = false;
  });
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') results.hidden = true;
});

// export
function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
const json = (value: unknown) => new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });

$('#export-timelinejs').addEventListener('click', () => {
  void attempt('the TimelineJS export', async () => {
    const pages = await allPages<{ id: string }>(Q.TIMELINE_JS, windowVariables());
    const parts = pages.map((page) => page.timelineJs as { title?: unknown; events: unknown[] });
    download('timeline.timelinejs.json', json({ ...parts[0], events: parts.flatMap((p) => p.events) }));
  });
});
$('#export-cytoscape').addEventListener('click', () => {
  const shown = graph.cy.elements().not('.hidden');
  download(
    'graph.cytoscape.json',
    json({
      elements: {
        nodes: shown.nodes().map((n) => ({ data: n.data() as unknown, classes: n.classes().join(' ') })),
        edges: shown.edges().map((e) => ({ data: e.data() as unknown, classes: e.classes().join(' ') })),
      },
    }),
  );
});
$('#export-png').addEventListener('click', () => {
  download('graph.png', graph.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }));
});

/** Read-only hooks for the browser tests: the graph is drawn on a canvas, with no DOM to inspect. */
Object.assign(window, {
  explorer: {
    graph: () => graph.snapshot(),
    nodePosition: (id: string) => graph.clientPosition(id),
    events: () => events.map((e) => e.id),
    timelineWindow: () => {
      const shown = timeline.timeline.getWindow();
      return { start: shown.start.getTime(), end: shown.end.getTime() };
    },
    state: () => ({ ...state }),
    timelineSelection: () => timeline.timeline.getSelection().map(String),
  },
});

void attempt('the story', loadStory);

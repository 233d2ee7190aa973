import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { CyElements, TimelineEvent } from './types';

cytoscape.use(fcose);

const CAUSAL = ['CAUSED', 'RETALIATION_FOR', 'RESPONSE_TO'];
const KIND_COLOURS: Record<string, string> = {
  person: '#2f6db5',
  country: '#2e8b57',
  government: '#3c9d6b',
  organisation: '#8a5db5',
  place: '#b58a2f',
  sector: '#b5562f',
};

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'text-wrap': 'ellipsis',
      'text-max-width': '110px',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      color: '#222',
      'text-background-color': '#fff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
      width: 18,
      height: 18,
      'border-width': 1,
      'border-color': '#555',
    },
  },
  ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
    selector: `node.actor.${kind}`,
    style: { 'background-color': colour },
  })),
  { selector: 'node.actor.person', style: { shape: 'ellipse' } },
  { selector: 'node.actor.country, node.actor.government', style: { shape: 'round-rectangle', width: 24 } },
  { selector: 'node.actor.organisation', style: { shape: 'hexagon' } },
  { selector: 'node.actor.place', style: { shape: 'diamond' } },
  { selector: 'node.actor.sector', style: { shape: 'tag' } },
  {
    selector: 'node.event',
    style: {
      shape: 'rectangle',
      'background-color': '#f0b429',
      width: 14,
      height: 14,
      'border-color': '#7a5500',
    },
  },
  {
    selector:
      'node.event[status = "PLANNED"], node.event[status = "EXPECTED"], node.event[status = "HOPED"], node.event[status = "DENIED"]',
    style: {
      'background-color': '#fff',
      'border-style': 'dashed',
      'border-width': 2,
      'border-color': '#b07c00',
      'font-style': 'italic',
    },
  },
  {
    selector: 'node.statement',
    style: { shape: 'round-tag', 'background-color': '#9aa5b1', width: 12, height: 12 },
  },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#b5bcc4',
      'target-arrow-color': '#b5bcc4',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 7,
      color: '#666',
      'min-zoomed-font-size': 9,
      'text-rotation': 'autorotate',
    },
  },
  ...CAUSAL.map((type) => ({
    selector: `edge.${type.toLowerCase()}`,
    style: { width: 2.5, 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', color: '#c0392b' },
  })),
  { selector: 'edge.followed_by', style: { 'line-style': 'dashed', 'line-color': '#7f8c8d' } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d6336c' } },
  { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': '#0b7285' } },
  {
    selector: '.on-path',
    style: { 'line-color': '#0b7285', 'target-arrow-color': '#0b7285', width: 4, 'z-index': 10 },
  },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#0b7285' } },
  { selector: '.faded', style: { opacity: 0.25 } },
];

/** The story as a graph: the timeline's events, who took part, and the links between the events. */
export function storyElements(events: TimelineEvent[]): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const actors = new Map<string, TimelineEvent['participants'][number]['actor']>();
  const ids = new Set(events.map((e) => e.id));
  for (const event of events) {
    elements.push({
      group: 'nodes',
      data: { id: event.id, label: event.title, kind: 'EVENT', type: event.type, status: event.status },
      classes: `event ${event.type.toLowerCase()}`,
    });
    for (const participation of event.participants) {
      actors.set(participation.actor.id, participation.actor);
      const id = `${participation.actor.id}-[PARTICIPATED_IN:${participation.role}]->${event.id}`;
      elements.push({
        group: 'edges',
        data: {
          id,
          source: participation.actor.id,
          target: event.id,
          type: 'PARTICIPATED_IN',
          label: `participated in (${participation.role.toLowerCase()})`,
        },
        classes: 'participated_in',
      });
    }
    for (const link of event.causes) {
      if (!ids.has(link.event.id)) continue;
      elements.push({
        group: 'edges',
        data: {
          id: `${event.id}-[${link.type}]->${link.event.id}`,
          source: event.id,
          target: link.event.id,
          type: link.type,
          label: link.type.toLowerCase().replace(/_/g, ' '),
        },
        classes: link.type.toLowerCase(),
      });
    }
  }
  for (const actor of actors.values()) {
    elements.push({
      group: 'nodes',
      data: { id: actor.id, label: actor.name, kind: 'ACTOR', type: actor.kind },
      classes: `actor ${actor.kind.toLowerCase()}`,
    });
  }
  return elements;
}

export interface GraphCallbacks {
  onTap(id: string): void;
}

export class GraphView {
  readonly cy: Core;
  private windowIds: Set<string> | null = null;
  private path: { shortest: string[]; forward: string[] } = { shortest: [], forward: [] };

  constructor(container: HTMLElement, callbacks: GraphCallbacks) {
    this.cy = cytoscape({
      container,
      style: STYLE,

      minZoom: 0.1,
      maxZoom: 4,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event) => callbacks.onTap((event.target as NodeSingular).id()));
  }

  setStory(elements: ElementDefinition[]): void {
    this.cy.elements().remove();
    this.cy.add(elements);
    this.applyWindow();
    this.layout();
  }

  layout(): void {
    const visible = this.cy.elements().not('.hidden');
    if (visible.length === 0) return;
    visible
      .layout({
        name: 'fcose',
        quality: 'default',
        randomize: true,
        animate: false,
        nodeRepulsion: () => 14000,
        idealEdgeLength: () => 80,
        nodeSeparation: 40,
        tilingPaddingVertical: 10,
        tilingPaddingHorizontal: 10,
        packComponents: true,
        fit: false,
      } as cytoscape.LayoutOptions)
      .run();
    this.stretchToPane();
  }

  /** fcose lays out about as wide as high; the pane is wide, so spread the drawing out sideways. */
  private stretchToPane(): void {
    const nodes = this.cy.nodes().not('.hidden');
    const box = nodes.boundingBox({});
    const factor = this.cy.width() / Math.max(this.cy.height(), 1) / (box.w / Math.max(box.h, 1));
    if (factor > 1.1) {
      const middle = box.x1 + box.w / 2;
      nodes.positions((node) => ({
        x: middle + (node.position('x') - middle) * factor,
        y: node.position('y'),
      }));
    }
    this.cy.fit(nodes, 20);
  }

  /** Adds what a neighbourhood or path answer holds and is not drawn yet, around `centre`. */
  addElements(elements: CyElements, centre?: string): string[] {
    const added: string[] = [];
    const at = centre ? this.cy.getElementById(centre) : null;
    const origin = at && at.nonempty() ? at.position() : { x: 0, y: 0 };
    const fresh = elements.nodes.filter((node) => this.cy.getElementById(String(node.data.id)).empty());
    fresh.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
      const radius = 90 + 10 * Math.floor(i / 12);
      this.cy.add({
        group: 'nodes',
        data: node.data,
        classes: `${node.classes ?? ''} expanded`,
        position: { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) },
      });
      added.push(String(node.data.id));
    });
    for (const edge of elements.edges) {
      if (this.cy.getElementById(String(edge.data.id)).nonempty()) continue;
      this.cy.add({ group: 'edges', data: edge.data, classes: edge.classes ?? '' });
    }
    this.applyWindow();
    return added;
  }

  /** Hides the events (and statements) the window leaves out, then the actors left with nothing drawn. */
  setWindow(ids: Set<string> | null): void {
    this.windowIds = ids;
    this.applyWindow();
  }

  private applyWindow(): void {
    const ids = this.windowIds;
    this.cy.batch(() => {
      this.cy.elements().removeClass('hidden');
      if (!ids) return;
      this.cy.nodes('.event').forEach((node) => {
        if (!ids.has(node.id())) node.addClass('hidden');
      });
      this.cy.nodes('.actor').forEach((node) => {
        const shown = node.neighborhood('node').not('.hidden');
        if (node.connectedEdges().nonempty() && shown.empty() && !node.selected()) node.addClass('hidden');
      });
    });
  }

  select(id: string | null): void {
    this.cy.nodes(':selected').unselect();
    if (!id) return;
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    node.select();
    if (!this.cy.extent() || !isInside(node, this.cy)) this.cy.center(node);
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  showPath(shortest: CyElements | null, forward: CyElements | null, ends: string[]): void {
    this.cy.elements().removeClass('on-path path-end faded');
    if (shortest) this.addElements(shortest, ends[0]);
    if (forward) this.addElements(forward, ends[0]);
    const ids = (answer: CyElements | null) =>
      answer ? [...answer.nodes, ...answer.edges].map((element) => String(element.data.id)) : [];
    this.path = { shortest: ids(shortest), forward: ids(forward) };
    for (const id of ends) this.cy.getElementById(id).addClass('path-end');
    const onPath = this.cy.collection();
    for (const id of [...this.path.shortest, ...this.path.forward]) onPath.merge(this.cy.getElementById(id));
    if (onPath.nonempty()) {
      onPath.removeClass('hidden').addClass('on-path');
      this.cy.elements().not(onPath).addClass('faded');
      this.cy.fit(onPath, 60);
    }
  }

  clearPath(): void {
    this.path = { shortest: [], forward: [] };
    this.cy.elements().removeClass('on-path path-end faded');
  }

  /** What the tests read: the canvas itself holds no DOM to inspect. */
  snapshot() {
    const visible = this.cy.nodes().not('.hidden');
    return {
      nodes: this.cy.nodes().map((n) => n.id()),
      visibleNodes: visible.map((n) => n.id()),
      visibleEdges: this.cy
        .edges()
        .not('.hidden')
        .filter((e) => e.visible())
        .map((e) => e.id()),
      onPath: this.cy.elements('.on-path').map((e) => e.id()),
      selected: this.cy.nodes(':selected').map((n) => n.id()),
      path: this.path,
    };
  }

  /** Where a node is drawn, in page coordinates. */
  clientPosition(id: string): { x: number; y: number } | null {
    const node = this.cy.getElementById(id);
    if (node.empty() || !node.visible()) return null;
    const box = this.cy.container()!.getBoundingClientRect();
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }
}

function isInside(node: NodeSingular, cy: Core): boolean {
  const p = node.renderedPosition();
  return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
}

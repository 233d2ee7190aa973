import { isEnumType } from 'graphql';
import { DateTime } from 'luxon';
import { neighbourhoodParams, pathParams } from '../../../src/graphql/graph-arguments';
import { toCytoscape } from '../../../src/exports/cytoscape';
import { GRAPH_RELATIONSHIP_TYPES } from '../../../src/graph/relationship-types';
import {
  edgeId,
  edgeLabel,
  graphEdgeFrom,
  graphNodeFrom,
  pathFrom,
  shortLabel,
} from '../../../src/graph/shape';
import { isTimeRespecting } from '../../../src/graph/time-respecting';
import { storedTime } from '../../../src/model/stored-time';
import { buildSchema } from '../../../src/graphql/schema';
import { parseDateArgument } from '../../../src/time';

const time = (text: string) => parseDateArgument(text);
const timeProps = (text: string) => {
  const t = time(text);
  return {
    timeExpression: t.expression,
    timeEdtf: t.edtf,
    timeLabel: t.label,
    precision: t.precision,
    start: t.start,
    end: t.end,
    earliestStart: t.earliestStart,
    latestStart: t.latestStart,
    earliestEnd: t.earliestEnd,
    latestEnd: t.latestEnd,
  };
};

describe('graph relationship types', () => {
  it('are exactly the GraphQL enum GraphRelationType, and never provenance', () => {
    const type = buildSchema().getType('GraphRelationType');
    expect(
      isEnumType(type) &&
        type
          .getValues()
          .map((value) => value.name)
          .sort(),
    ).toEqual([...GRAPH_RELATIONSHIP_TYPES].sort());
    expect(GRAPH_RELATIONSHIP_TYPES).not.toContain('SUPPORTED_BY');
    expect(GRAPH_RELATIONSHIP_TYPES).not.toContain('MENTIONS');
  });
});

describe('time-respecting paths', () => {
  it('breaks only when a later time is certainly before an earlier one', () => {
    expect(isTimeRespecting([time('2018-12-01'), null, time('2025-10-31'), time('2026-01-16')])).toBe(true);
    // One way or the other: a path and its reverse get the same verdict.
    expect(isTimeRespecting([time('2026-01-14'), time('2025-10-31')])).toBe(true);
    expect(isTimeRespecting([time('2018'), time('2026'), time('2020')])).toBe(false);
    expect(isTimeRespecting([time('2020'), time('2026'), time('2018')])).toBe(false);
    // Fuzzy times that may overlap never break it: "2018" and 1 Dec 2018 in either order.
    expect(isTimeRespecting([time('2018'), time('2018-12-01')])).toBe(true);
    expect(isTimeRespecting([time('2018-12-01'), time('2018')])).toBe(true);
    // Not only neighbours: the third is certainly before the first; read from the other end, though,
    // nothing is certainly before what precedes it. Four dates that go back and forth fail both ways.
    expect(
      isTimeRespecting([
        time('2020'),
        {
          ...time('2015'),
          end: time('2030').end,
          earliestEnd: time('2030').earliestEnd,
          latestEnd: time('2030').latestEnd,
        },
        time('2018'),
      ]),
    ).toBe(true);
    expect(isTimeRespecting([time('2020'), time('2015'), time('2030'), time('2018')])).toBe(false);
  });

  it('reads the fuzzy time of a node from its flat properties', () => {
    expect(storedTime({ timeLabel: null })).toBeNull();
    expect(storedTime(timeProps('2025-10-31'))?.label).toBe(time('2025-10-31').label);
  });
});

describe('shaping nodes and edges', () => {
  it('labels statements with their words, shortened at a word', () => {
    expect(shortLabel('  short\n words ')).toBe('short words');
    const long = shortLabel('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('word…')).toBe(true);
  });

  it('gives edges stable ids that tell parallel edges apart, and short labels', () => {
    const participation = { type: 'PARTICIPATED_IN', source: 'person:a', target: 'event:b', role: 'AGENT' };
    expect(edgeId(participation)).toBe('person:a-[PARTICIPATED_IN:AGENT]->event:b');
    expect(edgeId({ ...participation, role: 'HOST' })).not.toBe(edgeId(participation));
    expect(edgeId({ type: 'PART_OF', source: 'event:a', target: 'event:b' })).toBe(
      'event:a-[PART_OF]->event:b',
    );
    expect(edgeLabel(participation)).toBe('participated in (agent)');
    expect(edgeLabel({ type: 'HELD_ROLE', source: 'a', target: 'b', title: 'prime minister' })).toBe(
      'prime minister',
    );
    expect(edgeLabel({ type: 'METONYM_FOR', source: 'a', target: 'b', term: 'Ottawa' })).toBe(
      'metonym for ("Ottawa")',
    );
    expect(edgeLabel({ type: 'RETALIATION_FOR', source: 'a', target: 'b' })).toBe('retaliation for');
    expect(graphEdgeFrom({ ...participation }).role).toBe('AGENT');
    expect(graphEdgeFrom({ type: 'HELD_ROLE', source: 'a', target: 'b', role: 'x' }).role).toBeNull();
  });

  it('shapes a path in order, with its time-respecting flag', () => {
    const path = pathFrom({
      nodes: [
        { id: 'person:a', graphKind: 'ACTOR', name: 'A', kind: 'PERSON' },
        {
          id: 'event:late',
          graphKind: 'EVENT',
          title: 'Late',
          type: 'VISIT',
          status: 'ONGOING',
          ...timeProps('2026-01-14'),
        },
        {
          id: 'event:early',
          graphKind: 'EVENT',
          title: 'Early',
          type: 'MEETING',
          status: 'HAPPENED',
          ...timeProps('2025-10-31'),
        },
      ],
      edges: [
        { type: 'PARTICIPATED_IN', source: 'person:a', target: 'event:late', role: 'AGENT' },
        { type: 'FOLLOWED_BY', source: 'event:early', target: 'event:late' },
      ],
      cost: 0.5,
    });
    expect(path.length).toBe(2);
    expect(path.nodes.map((node) => [node.id, node.type, node.distance])).toEqual([
      ['person:a', 'PERSON', 0],
      ['event:late', 'VISIT', 1],
      ['event:early', 'MEETING', 2],
    ]);
    // Late then early: time runs backwards read from person:a, forwards read from the other end.
    expect(path.timeRespecting).toBe(true);
    expect(path.cost).toBe(0.5);
  });
});

describe('the Cytoscape.js export', () => {
  const nodes = [
    graphNodeFrom({ id: 'person:a', graphKind: 'ACTOR', name: 'A', kind: 'PERSON', subtype: null }, 0),
    graphNodeFrom(
      { id: 'event:b', graphKind: 'EVENT', title: 'B', type: 'MEETING', ...timeProps('2025-10-31') },
      1,
    ),
  ];
  const edge = graphEdgeFrom({
    type: 'PARTICIPATED_IN',
    source: 'person:a',
    target: 'event:b',
    role: 'AGENT',
    sentence: 'A met.',
  });

  it('writes elements with data ids, labels, sources and targets, and classes for styles', () => {
    const elements = toCytoscape(nodes, [edge]);
    expect(elements.nodes[0]).toEqual({
      data: { id: 'person:a', label: 'A', kind: 'ACTOR', type: 'PERSON', distance: 0 },
      classes: 'actor person',
    });
    expect(elements.nodes[1]!.data).toMatchObject({
      id: 'event:b',
      time: '31 Oct 2025',
      earliestStart: (nodes[1]!.props.earliestStart as DateTime).toISO(),
    });
    expect(elements.edges).toEqual([
      {
        data: {
          id: 'person:a-[PARTICIPATED_IN:AGENT]->event:b',
          source: 'person:a',
          target: 'event:b',
          label: 'participated in (agent)',
          type: 'PARTICIPATED_IN',
          role: 'AGENT',
          sentence: 'A met.',
        },
        classes: 'participated_in',
      },
    ]);
    expect(JSON.parse(JSON.stringify(elements))).toEqual(elements);
  });

  it('refuses an edge whose end is not among the nodes', () => {
    expect(() => toCytoscape(nodes.slice(0, 1), [edge])).toThrow(/ends outside the exported nodes/);
  });
});

describe('graph arguments', () => {
  const ends = { source: 'person:a', target: 'person:b' };
  it('fills defaults: all relationship types, an open window, 4 hops, k 1', () => {
    const params = pathParams(ends);
    expect(params).toMatchObject({ maxHops: 4, k: 1, timeRespecting: false, certain: false });
    expect(params.types).toEqual([...GRAPH_RELATIONSHIP_TYPES]);
    expect(neighbourhoodParams({ id: 'x' })).toMatchObject({ depth: 1, limit: 200 });
  });

  it.each([
    [
      () => pathParams({ ...ends, maxHops: 0 }),
      /maxHops: must be a whole number from 1 to 8 \(the hop limit\), got 0/,
    ],
    [() => pathParams({ ...ends, k: 2.5 }), /k: .* got 2.5/],
    [() => neighbourhoodParams({ id: 'x', depth: 4 }), /depth: .*1 to 3/],
    [() => neighbourhoodParams({ id: 'x', limit: 0 }), /limit: .*1 to 500/],
    [() => pathParams({ ...ends, types: [] }), /types: an empty list/],
    [() => pathParams({ ...ends, target: ends.source }), /target: must differ from source/],
    [() => pathParams({ ...ends, from: time('2026'), to: time('2025') }), /from: the window must start/],
  ])('refuses bad arguments (%#)', (call, message) => {
    expect(call).toThrow(message);
  });
});

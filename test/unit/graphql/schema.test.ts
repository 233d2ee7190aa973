import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { buildSchema } from '../../../src/graphql/schema';
import {
  ACTOR_KINDS,
  ACTOR_RELATION_TYPES,
  EVENT_LINK_TYPES,
  EVENT_STATUSES,
  EVENT_TYPES,
  PARTICIPANT_ROLES,
  SOURCE_KINDS,
  TENSES,
} from '../../../src/model/vocabulary';

const schema = buildSchema();

describe('the GraphQL schema', () => {
  it.each([
    ['EventType', EVENT_TYPES],
    ['EventStatus', EVENT_STATUSES],
    ['ParticipantRole', PARTICIPANT_ROLES],
    ['EventLinkType', EVENT_LINK_TYPES],
    ['ActorKind', ACTOR_KINDS],
    ['SourceKind', SOURCE_KINDS],
  ])('enum %s has exactly the values of the ingest vocabulary', (name, vocabulary) => {
    const type = schema.getType(name);
    expect(
      isEnumType(type) &&
        type
          .getValues()
          .map((value) => value.name)
          .sort(),
    ).toEqual(Object.keys(vocabulary).sort());
  });

  it('ActorRelationType has the vocabulary relations plus METONYM_FOR', () => {
    const type = schema.getType('ActorRelationType');
    expect(
      isEnumType(type) &&
        type
          .getValues()
          .map((value) => value.name)
          .sort(),
    ).toEqual([...Object.keys(ACTOR_RELATION_TYPES), 'METONYM_FOR'].sort());
  });

  it('Tense has the tenses of the document format', () => {
    const type = schema.getType('Tense');
    expect(isEnumType(type) && type.getValues().map((value) => value.name.toLowerCase())).toEqual([
      ...TENSES,
    ]);
  });

  it('describes every field of every input type, since analysts fill them in by hand', () => {
    const undocumented = Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => !field.description)
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(undocumented).toEqual([]);
  });

  it('describes every type, field, argument, input field and enum value, since it is the manual in GraphiQL', () => {
    // npm run lint checks the same on the SDL files (@graphql-eslint/require-description); this checks
    // the schema as the server builds it.
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues())
          if (!value.description) undocumented.push(`${type.name}.${value.name}`);
    }
    expect(undocumented).toEqual([]);
  });
});

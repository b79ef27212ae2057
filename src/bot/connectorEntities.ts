// botbuilder 4.23 serialises outgoing activities with the connector's `Entity` mapper, which
// keeps only `type`: a citation entity would reach Teams or Web Chat as a bare
// `{"type":"https://schema.org/Message"}`. Allowing additional properties on that mapper keeps
// the whole entity on the wire. Done once, at start-up, before any reply is sent.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mappers = require('botframework-connector/lib/connectorApi/models/mappers') as {
  Entity: { type: { additionalProperties?: unknown } };
};

export function keepEntityPropertiesOnTheWire(): void {
  mappers.Entity.type.additionalProperties = { type: { name: 'Object' } };
}

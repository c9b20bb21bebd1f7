// Runs anywhere (shared). A collection's schema as documents arrive over replication: RxDB adds
// `_deleted` to each, and local documents may still carry `_meta`, `_rev` and `_attachments`,
// which belong to RxDB and are not ours to judge.
import type { SchemaNode } from './schema-node.ts';
import { asSchemaNode } from './schema-node.ts';

const ANYTHING: SchemaNode = {};

export function replicatedSchema(schema: object): SchemaNode {
  const node = asSchemaNode(schema);
  return {
    ...node,
    properties: {
      ...node.properties,
      _deleted: { type: 'boolean' },
      _meta: ANYTHING,
      _rev: ANYTHING,
      _attachments: ANYTHING,
    },
  };
}

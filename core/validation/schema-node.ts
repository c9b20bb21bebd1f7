// Runs anywhere (shared). The subset of JSON Schema that the RxDB schemas in core/schemas use,
// as the interpreter in check-schema.ts understands it.

export type JsonTypeName = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export interface SchemaNode {
  type?: JsonTypeName | readonly JsonTypeName[];
  properties?: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  enum?: readonly unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
}

/** Views an RxDB schema (or a fragment of one) as the subset the interpreter reads. */
export function asSchemaNode(schema: object): SchemaNode {
  return schema as SchemaNode;
}

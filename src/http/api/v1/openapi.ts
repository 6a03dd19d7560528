import { z } from 'zod';
import type { Operation } from './operation';

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;

function withoutDialect(schema: Record<string, unknown>) {
  const { $schema: _, ...rest } = schema;
  return rest;
}

const PROBLEM = {
  type: 'object',
  description: 'RFC 9457 problem details. `type` is stable; `title` and `detail` are for people.',
  required: ['type', 'title', 'status', 'detail', 'instance', 'requestId'],
  properties: {
    type: { type: 'string', examples: ['urn:samrad:problem:validation'] },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'messages'],
        properties: { field: { type: 'string' }, messages: { type: 'array', items: { type: 'string' } } },
      },
    },
  },
};

const LIST_LINKS = {
  type: 'object',
  required: ['self', 'next'],
  properties: { self: { type: 'string' }, next: { type: ['string', 'null'] } },
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function parameters(op: Operation) {
  const out: Record<string, unknown>[] = [];
  for (const [where, schema] of [
    ['path', op.params],
    ['query', op.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, 'input') as {
      properties?: Record<string, Record<string, unknown>>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, ...propertySchema } = property;
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: propertySchema,
      });
    }
  }
  return out;
}

function responseSchema(op: Operation) {
  if (!op.response.schema) return undefined;
  const item = withoutDialect(schemaOf(op.response.schema, 'output'));
  if (!op.response.list) return item;
  return {
    type: 'object',
    required: ['data', 'links', 'total'],
    properties: { data: { type: 'array', items: item }, links: LIST_LINKS, total: { type: 'integer' } },
  };
}

function requestBody(op: Operation) {
  const schema = withoutDialect(schemaOf(op.body!, 'input'));
  if (!op.upload) return { required: true, content: { 'application/json': { schema } } };
  const properties = {
    ...(schema.properties as object),
    file: { type: 'string', contentMediaType: 'application/octet-stream' },
  };
  const required = [...((schema.required as string[] | undefined) ?? []), 'file'];
  return {
    required: true,
    content: { 'multipart/form-data': { schema: { ...schema, properties, required } } },
  };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the verbs validate with. */
export function openApiDocument(operations: Operation[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const schema = responseSchema(op);
    const files = op.response.files?.map(
      (type) => [type, { schema: { type: 'string', contentMediaType: type } }] as const,
    );
    const responses: Record<string, unknown> = {
      [op.response.status]: {
        description: op.response.description,
        ...(schema ? { content: { 'application/json': { schema } } } : {}),
        ...(files ? { content: Object.fromEntries(files) } : {}),
      },
      '400': problemResponse('Invalid input: `errors` lists the fields'),
      '500': problemResponse('Unexpected error; the log has the cause'),
    };
    if (op.access !== 'public') {
      responses['401'] = problemResponse('Not signed in, or the token is invalid');
      responses['403'] = problemResponse('Signed in without the right role');
    }
    if (op.params) responses['404'] = problemResponse('No such object');
    if (op.method !== 'get') {
      responses['409'] = problemResponse('Stale version or duplicate');
      responses['422'] = problemResponse('A business rule refuses the change now');
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [op.tag],
      'x-access': op.access,
      ...(op.access === 'public' ? { security: [{}, { bearerAuth: [] }, { cookieAuth: [] }] } : {}),
      parameters: parameters(op),
      ...(op.body ? { requestBody: requestBody(op) } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Samråd API',
      version,
      description:
        'REST API of Samråd. Lists answer `{ data, links: { self, next }, total }` and take `limit` (1–500, default 50) ' +
        'and `cursor`. Errors are `application/problem+json` (RFC 9457). Anonymous callers see public data only. ' +
        'Writes with the session cookie must send the `X-CSRF-Token` header; bearer tokens need not.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Problem: PROBLEM },
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal access token (samrad_pat_…)' },
        cookieAuth: { type: 'apiKey', in: 'cookie', name: 'samrad_session' },
      },
    },
  };
}

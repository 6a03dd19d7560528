declare module 'virtual:react-router/server-build' {
  import type { ServerBuild } from 'react-router';

  const build: ServerBuild;
  export = build;
}

// jsonstat-toolkit ships no types: the little of it we use.
declare module 'jsonstat-toolkit' {
  interface JsonStatCategory {
    label: string | null;
    unit: { base?: string; decimals?: number } | null;
  }
  interface JsonStatDimension {
    id: string[];
    label: string | null;
    Category(id: string | number): JsonStatCategory | null;
  }
  interface JsonStatDataset {
    class: string;
    id: string[];
    size: number[];
    label: string | null;
    source: string | null;
    updated: string | null;
    role: { geo?: string[]; time?: string[]; metric?: string[] } | null;
    Dimension(id: string): JsonStatDimension | null;
    Transform(options: { type: 'arrobj'; content: 'id' }): Record<string, string | number | null>[];
  }
  export default function JSONstat(input: unknown): JsonStatDataset;
}

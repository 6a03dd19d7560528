/**
 * Lays out the organisation chart as of a date: bodies in levels by who appoints whom (the council
 * on top), an edge for each appointment relation and a dashed one for each delegation. Pure: data
 * in, coordinates out; the page draws it as SVG, with a list as its text alternative.
 */
export interface ChartBody {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  appointedById: string | null;
}

export interface ChartDelegation {
  fromBodyId: string;
  toBodyId: string;
  scope: string;
}

export interface ChartNode extends ChartBody {
  x: number;
  y: number;
  lines: string[];
  level: number;
}

export interface ChartEdge {
  kind: 'appoints' | 'delegates';
  from: string;
  to: string;
  path: string;
}

export const NODE_WIDTH = 210;
export const NODE_HEIGHT = 60;
const GAP_X = 28;
const GAP_Y = 70;
const MARGIN = 16;
const MAX_LINE = 26;

/** Splits a name into at most three lines of about MAX_LINE characters, at spaces. */
export function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > MAX_LINE) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 3
    ? [
        ...lines.slice(0, 2),
        `${lines
          .slice(2)
          .join(' ')
          .slice(0, MAX_LINE - 1)}…`,
      ]
    : lines;
}

export function layoutOrgChart(bodies: ChartBody[], delegations: ChartDelegation[], kindOrder: string[]) {
  const ids = new Set(bodies.map((b) => b.id));
  const parentOf = (b: ChartBody) => (b.appointedById && ids.has(b.appointedById) ? b.appointedById : null);
  const levelOf = new Map<string, number>();
  const level = (b: ChartBody, seen = new Set<string>()): number => {
    if (levelOf.has(b.id)) return levelOf.get(b.id)!;
    const parent = parentOf(b);
    const value =
      parent && !seen.has(parent) ? level(bodies.find((x) => x.id === parent)!, seen.add(b.id)) + 1 : 0;
    levelOf.set(b.id, value);
    return value;
  };
  const rank = (b: ChartBody) => kindOrder.indexOf(b.kind);
  const levels: ChartBody[][] = [];
  for (const b of bodies) {
    const depth = level(b);
    levels[depth] ??= [];
    levels[depth].push(b);
  }

  // Order each level under its parents (then by kind and name), so edges rarely cross.
  const position = new Map<string, number>();
  levels.forEach((row, depth) => {
    row.sort((a, b) => {
      const pa = parentOf(a);
      const pb = parentOf(b);
      const byParent = depth === 0 ? 0 : (pa ? position.get(pa)! : -1) - (pb ? position.get(pb)! : -1);
      return byParent || rank(a) - rank(b) || a.name.localeCompare(b.name, 'nb');
    });
    for (const [i, b] of row.entries()) position.set(b.id, i);
  });

  const widest = Math.max(1, ...levels.map((row) => row.length));
  const width = MARGIN * 2 + widest * NODE_WIDTH + (widest - 1) * GAP_X;
  const height = MARGIN * 2 + levels.length * NODE_HEIGHT + Math.max(0, levels.length - 1) * GAP_Y;
  const nodes: ChartNode[] = levels.flatMap((row, depth) => {
    const rowWidth = row.length * NODE_WIDTH + (row.length - 1) * GAP_X;
    const start = (width - rowWidth) / 2;
    return row.map((b, i) => ({
      ...b,
      level: depth,
      x: Math.round(start + i * (NODE_WIDTH + GAP_X)),
      y: MARGIN + depth * (NODE_HEIGHT + GAP_Y),
      lines: wrap(b.shortName || b.name),
    }));
  });
  const node = new Map(nodes.map((n) => [n.id, n]));

  const edges: ChartEdge[] = [];
  for (const n of nodes) {
    const parent = parentOf(n) ? node.get(parentOf(n)!) : undefined;
    if (!parent) continue;
    const x1 = parent.x + NODE_WIDTH / 2;
    const y1 = parent.y + NODE_HEIGHT;
    const x2 = n.x + NODE_WIDTH / 2;
    const y2 = n.y;
    const mid = (y1 + y2) / 2;
    edges.push({ kind: 'appoints', from: parent.id, to: n.id, path: `M${x1},${y1} V${mid} H${x2} V${y2}` });
  }
  for (const d of delegations) {
    const from = node.get(d.fromBodyId);
    const to = node.get(d.toBodyId);
    if (!from || !to) continue;
    // A curve from the delegating body's side to the receiver's, clear of the appointment lines.
    const x1 = from.x + NODE_WIDTH - 24;
    const y1 = from.y + NODE_HEIGHT;
    const x2 = to.x + NODE_WIDTH - 24;
    const y2 = to.y;
    const bend = Math.max(40, Math.abs(x2 - x1) / 3);
    edges.push({
      kind: 'delegates',
      from: from.id,
      to: to.id,
      path: `M${x1},${y1} C${x1 + bend},${y1 + GAP_Y / 2} ${x2 + bend},${y2 - GAP_Y / 2} ${x2},${y2}`,
    });
  }
  return { width, height, nodes, edges };
}

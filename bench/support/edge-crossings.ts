/**
 * Counts where drawn links cross: every pair of segments that meet at a point inside both
 * (links that only share an end entity do not count). A link is a polyline of points; the
 * canvas draws straight lines, so there it is just its two ends.
 */
export interface Point {
  x: number;
  y: number;
}

function orientation(a: Point, b: Point, c: Point): number {
  const value = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  const scale =
    Math.abs(b.x - a.x) + Math.abs(b.y - a.y) + Math.abs(c.x - a.x) + Math.abs(c.y - a.y);
  return Math.abs(value) <= 1e-9 * scale * scale ? 0 : Math.sign(value);
}

/** True when the two segments cross at one point strictly inside both. */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const [o1, o2, o3, o4] = [
    orientation(a, b, c),
    orientation(a, b, d),
    orientation(c, d, a),
    orientation(c, d, b),
  ];
  return o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0 && o1 !== o2 && o3 !== o4;
}

export function countCrossings(links: readonly (readonly Point[])[]): number {
  const segments = links.map((points) =>
    points.slice(1).map((end, index) => [points[index] as Point, end] as const),
  );
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      for (const [a, b] of segments[i] ?? []) {
        for (const [c, d] of segments[j] ?? []) if (segmentsCross(a, b, c, d)) crossings++;
      }
    }
  }
  return crossings;
}

/**
 * The entity types' icons as small white SVG pictures, drawn inside every node by the node image
 * program (sigma-settings.ts). Each mirrors the type's glyph in lists and the legend
 * (the glyphs of domain/model/entity-types.ts): a flag, a square, a head, a pen, a triangle, a quote mark,
 * a diamond.
 */
const SHAPES: Record<string, string> = {
  PublicBody: '<path d="M6 3h2.2v18H6zM8.2 4H19l-3 4.5 3 4.5H8.2z"/>',
  Company: '<path d="M5.5 5.5h13v13h-13z"/>',
  Person: '<circle cx="12" cy="8.5" r="4"/><path d="M4.5 20a7.5 7 0 0 1 15 0z"/>',
  Contract: '<path d="M4 20l1.2-4.6L15.8 4.8l3.4 3.4L8.6 18.8zM17 3.6l1.6-1.6 3.4 3.4-1.6 1.6z"/>',
  Place: '<path d="M12 4l8.5 15h-17z"/>',
  Source: '<path d="M4 6h6v6l-2.5 6H5l2-6H4zM14 6h6v6l-2.5 6H15l2-6h-3z"/>',
  Other: '<path d="M12 3.5l8.5 8.5-8.5 8.5L3.5 12z"/>',
};

const images = new Map<string, string>();

/** A data URL of the type's icon (white on transparent), made once per type. */
export function entityIconImage(type: string): string {
  const known = type in SHAPES ? type : "Other";
  let image = images.get(known);
  if (image === undefined) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 24 24" fill="#ffffff">${SHAPES[known] ?? ""}</svg>`;
    image = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    images.set(known, image);
  }
  return image;
}

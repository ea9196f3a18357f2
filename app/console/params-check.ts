/**
 * The parameter box: JSON text checked as you type with the same lossless parser the server
 * uses, so a mistake shows its line and column before anything is sent.
 */
import {
  JsonSyntaxError,
  parseLosslessJson,
  positionAt,
  type JsonPosition,
} from "../../domain/json/lossless-json";

export type ParamsCheck =
  { ok: true; names: string[] } | { ok: false; message: string; position: JsonPosition };

export function checkParamsText(text: string): ParamsCheck {
  if (text.trim() === "") return { ok: true, names: [] };
  try {
    const value = parseLosslessJson(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return {
        ok: false,
        message: 'Parameters must be a JSON object, e.g. { "id": "aisino" }',
        position: positionAt(text, text.length - text.trimStart().length),
      };
    }
    return { ok: true, names: Object.keys(value) };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, message: error.reason, position: error.position };
    }
    throw error;
  }
}

// Runs on the server. One catalog per language (en.ts is the reference, the others are checked
// against its keys by their type).
import { de } from './de.ts';
import { en, type Catalog } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import type { Language } from './languages.ts';
import { pt } from './pt.ts';

export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, de, fr, es, pt, ja };

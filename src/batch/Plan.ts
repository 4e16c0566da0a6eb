/** The plan of a batch: which article becomes which PDF, with which options. */
import type { SourcePosition } from '../diagnostics.js';

/** Options one article may override (from a manifest line) on top of the batch's options. */
export interface ArticleOptions {
  lang?: string;
  /** Template folder, absolute. */
  template?: string;
  title?: string;
  paper?: 'A4' | 'Letter';
}

/** One input found on the command line or in a manifest, before output names are given. */
export interface InputEntry {
  /** Absolute path of the article. */
  input: string;
  /** The folder the user named (folder, glob base, file's folder): output names mirror the tree under it. */
  root: string;
  options: ArticleOptions;
  /** Output name the manifest asked for, relative to `--out`, already checked to stay inside. */
  output?: string;
  /** Manifest line the entry came from, so errors can point at it. */
  origin?: SourcePosition;
}

export interface PlanItem {
  input: string;
  /** Input path relative to the batch's common root, `/`-separated: stable across machines. */
  key: string;
  /** PDF path relative to `--out`, `/`-separated, unique in the plan. */
  output: string;
  options: ArticleOptions;
  origin?: SourcePosition;
}

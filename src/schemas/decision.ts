import { z } from 'astro/zod';
import { dataId, text } from './data-fields.ts';

/**
 * A decision guide (`content/data/decisions/<id>.yaml`, one per file): questions a reader answers,
 * recommendations with their reasons, and rules that map answers to a recommendation. The rules are
 * read in order and the first whose conditions all hold wins, so the last rule (with no conditions)
 * is the default.
 */

/** A sentence with the sources that say it. */
export const sourcedTextSchema = z.strictObject({
  /** The sentence shown. Required. */
  text: text(400).describe('The sentence shown.'),
  /** Ids of the sources that say it; at least one. Required. */
  sources: z.array(dataId).min(1).describe('Source ids that say it (at least one).'),
});

export const decisionAnswerSchema = z.strictObject({
  /** Key used in rules and in the page URL (`?tenants=hostile`). Required. */
  id: dataId.describe('Key used in rules and in the URL.'),
  /** What the reader picks. Required. */
  label: text(120).describe('What the reader picks.'),
});

export const decisionQuestionSchema = z.strictObject({
  /** Key used in rules and in the page URL. Required. */
  id: dataId.describe('Key used in rules and in the URL.'),
  /** The question, as the reader reads it. Required. */
  text: text(200).describe('The question.'),
  /** A few words naming it in the rule table ("Tenants"). Required. */
  short: text(40).describe('A few words naming the question in the rule table.'),
  /** One sentence of help: what counts as yes. Optional. */
  help: text(300).optional().describe('What counts as each answer.'),
  /** Two or more answers. Required. */
  answers: z.array(decisionAnswerSchema).min(2).describe('Two or more answers.'),
});

export const decisionRecommendationSchema = z.strictObject({
  /** Key rules point at. Required. */
  id: dataId.describe('Key rules point at.'),
  /** Short name of what to use ("Kata Containers"). Required. */
  title: text(80).describe('Short name of what to use.'),
  /** Catalog technologies this recommends; at least one. Required. */
  technologies: z.array(dataId).min(1).describe('Technology ids from content/data/technologies/.'),
  /** One sentence: what to do. Required. */
  summary: text(300).describe('One sentence: what to do.'),
  /** Why it fits. Required, at least one. */
  reasons: z.array(sourcedTextSchema).min(1).describe('Why it fits, each with sources.'),
  /** What you accept in exchange. Required, at least one. */
  tradeoffs: z.array(sourcedTextSchema).min(1).describe('What you accept in exchange, each with sources.'),
  /** Topic pages that explain it, as topic ids (`sandboxed-runtimes`). Required, at least one. */
  pages: z.array(dataId).min(1).describe('Topic ids of the pages that explain it.'),
});

export const decisionRuleSchema = z.strictObject({
  /** Question id -> the answers for which this rule applies. Empty: always applies. */
  when: z.record(dataId, z.array(dataId).min(1)).default({}).describe('Question id -> answer ids for which the rule applies; empty means always.'),
  /** Id of the recommendation. Required. */
  recommend: dataId.describe('Id of a recommendation of this guide.'),
  /** Why these answers lead there, in one sentence. Required. */
  because: text(300).describe('Why these answers lead there.'),
});

export const decisionGuideSchema = z.strictObject({
  /** Must equal the file name without `.yaml`. Required. */
  id: dataId.describe('The same as the file name without .yaml.'),
  /** Heading of the guide. Required. */
  title: text(120).describe('Heading of the guide.'),
  questions: z.array(decisionQuestionSchema).min(1).describe('The questions, in the order they are asked.'),
  recommendations: z.array(decisionRecommendationSchema).min(1).describe('What the guide can recommend.'),
  /** Read in order; the first rule whose conditions all hold wins. The last must have no conditions. */
  rules: z.array(decisionRuleSchema).min(1).describe('Read in order; the first that matches wins; the last has no `when`.'),
});

export type DecisionGuide = z.infer<typeof decisionGuideSchema>;
export type DecisionRule = z.infer<typeof decisionRuleSchema>;
export type DecisionRecommendation = z.infer<typeof decisionRecommendationSchema>;
export type SourcedText = z.infer<typeof sourcedTextSchema>;

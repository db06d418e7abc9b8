/**
 * The argument-map model. Every other artefact (the JSON Schema in `schemas/`, the loader's
 * referential checks, the docs) follows these types; change them here first.
 *
 * This file must stay free of imports: typescript-json-schema compiles it on its own.
 */

/**
 * An identifier: letters, digits, `_`, `.`, `-`; starts with a letter or digit.
 * @pattern ^[A-Za-z0-9][A-Za-z0-9_.\-]*$
 */
export type Id = string;

/** The kinds of node an argument map may hold. */
export type NodeKind = 'claim' | 'evidence' | 'premise' | 'hedge' | 'hypothesis' | 'prediction' | 'conclusion' | 'source';

/** Three-step grade used for credibility, relevance and analytic confidence. */
export type Level = 'high' | 'medium' | 'low';

/** Analytic confidence, as ICD 203 words it: a judgement about the evidence and reasoning, not a probability. */
export type Confidence = 'high' | 'moderate' | 'low';

/** Where a node's words stand in a source text. */
export interface SourceRef {
  /** Id of an entry in the map's `documents`; may be left out when the map quotes a single document. */
  document?: Id;
  /**
   * Structural address inside the document, e.g. `5`, `3.A.v.2`, `C.4.ii`, `D.6`, `fn9`.
   * @minLength 1
   */
  locator: string;
  /**
   * The exact words of the source (compared after normalising white space and typographic quotes).
   * @minLength 1
   */
  quote: string;
}

/** Terms of the UK Professional Head of Intelligence Assessment probability yardstick (2018). */
export type PhiaTerm = 'remote chance' | 'highly unlikely' | 'unlikely' | 'realistic possibility' | 'likely' | 'highly likely' | 'almost certain';

/** Terms of the US ICD 203 (2015) expressions of likelihood. */
export type Icd203Term = 'almost no chance' | 'very unlikely' | 'unlikely' | 'roughly even chance' | 'likely' | 'very likely' | 'almost certain';

/** A likelihood band on the UK PHIA yardstick. */
export interface PhiaBand {
  yardstick: 'PHIA';
  term: PhiaTerm;
}

/** A likelihood band on the US ICD 203 yardstick. */
export interface Icd203Band {
  yardstick: 'ICD203';
  term: Icd203Term;
}

/** A likelihood band on a named yardstick. */
export type Band = PhiaBand | Icd203Band;

/**
 * How a judgement is hedged. Likelihood (`band`) and confidence are separate judgements and are kept apart.
 */
export interface Hedge {
  /**
   * The estimative phrase(s) verbatim, e.g. "probably", "may well". An empty list records that the
   * judgement is stated without any estimative language.
   */
  phrases: string[];
  /** The likelihood band the phrase maps onto, where one fits. Leave out for phrases with no band ("may", "possible"). */
  band?: Band;
  /** Analytic confidence in the judgement, separate from its likelihood. */
  confidence?: Confidence;
  /** Why this band or confidence was chosen, or why none fits. */
  note?: string;
}

/**
 * An ISO 8601 calendar date at year, month or day precision, or a range of two such dates joined by `/`.
 * The date must exist (no 1953-02-30, no 29 February outside leap years); the loader checks what the
 * pattern cannot.
 * @pattern ^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?(/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$
 */
export type IsoDate = string;

/**
 * An ISO 8601 duration of years, months, weeks and days, optionally negative (before the event), of at
 * most 10,000 years in all (the loader refuses longer ones).
 * @pattern ^-?P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$
 */
export type IsoDuration = string;

/** A date given relative to another event: "a year after X" is `{ event: X, offset: P1Y }`. */
export interface RelativeDate {
  /** The event the date is counted from (an event key used in some other dated fact). */
  event: string;
  /** How far after (or, negative, before) that event. */
  offset: IsoDuration;
}

/** A dated fact as the text states it (even where it looks wrong). Give exactly one of `date` and `relative`. */
export interface DatedFact {
  /**
   * A key naming the event, shared by every fact about the same event, e.g. `19th-party-congress`.
   * @pattern ^[a-z0-9][a-z0-9\-]*$
   */
  event: string;
  /** When, as an absolute ISO 8601 date or range. */
  date?: IsoDate;
  /** When, relative to another event. */
  relative?: RelativeDate;
  /** The words of the text that give the date. */
  as?: string;
}

/** An attribute of an event or idea that a `Fact` can state, beyond its date. */
export type FactAttribute = 'agent' | 'originator' | 'attributedTo' | 'where' | 'count';

/**
 * What a node says about an event or an idea beyond when: who did it, whose idea it was, to whom it is
 * attributed, where, how many. Dates stay in `dates` (with their precision); this holds the rest.
 */
export interface Fact {
  /**
   * A key naming the event or idea, shared by every fact about it; the same keys as `dates[].event`.
   * @pattern ^[a-z0-9][a-z0-9\-]*$
   */
  about: string;
  /** Who did it. @minLength 1 */
  agent?: string;
  /** Whose idea or proposal it was. @minLength 1 */
  originator?: string;
  /** To whom the text attributes it (a saying, a policy). @minLength 1 */
  attributedTo?: string;
  /** Where it happened. @minLength 1 */
  where?: string;
  /**
   * How many (people, ships, members).
   * @minimum 0
   * @TJS-type integer
   */
  count?: number;
  /** The words of the text that state it. */
  as?: string;
}

/** Fields shared by every kind of node. */
export interface NodeBase {
  /** Unique id within the map. */
  id: Id;
  /**
   * The short label drawn in the map. At most 1,000 characters: a box that wide in characters is already
   * about a screen tall (2,000 make 1,360 px), so anything longer belongs in `source.quote` or `rationale`.
   * @minLength 1
   * @maxLength 1000
   */
  text: string;
  /** Where the node's words stand in a source text. */
  source?: SourceRef;
  /** The estimative language of the judgement and its band. */
  hedge?: Hedge;
  /** Dated facts the node states. */
  dates?: DatedFact[];
  /** What the node states about events or ideas beyond their dates: who, whose idea, attributed to whom, where, how many. */
  facts?: Fact[];
  /** Id of the section of the document the node belongs to. */
  section?: Id;
  /** Free tags. */
  tags?: string[];
  /** True when the analyst added the node and the source does not say it. */
  analyst?: boolean;
  /** Why the analyst added or read the node this way (one line); expected whenever `analyst` is true. */
  rationale?: string;
  /** Id of an entry in `authors` when the node is not the main author's (e.g. editors' footnotes). */
  author?: Id;
  /** Credibility of an item of evidence or a source. */
  credibility?: Level;
  /** Left by a tool that drafted the node (`argmap init`): what a person has still to check. */
  review?: Review;
  /** Findings of these rules about this node are listed as suppressed and not counted, each with its reason. */
  suppress?: Suppression[];
  /**
   * How the author puts the node forward when it is not a judgement of their own to be hedged and argued:
   * `reports` (what a doctrine, person or document holds: "according to it ..."), `supposes` (a conditional or
   * its antecedent, put forward as an if, not asserted), `elaborates` (spells out a node it hangs from, as a
   * list's items spell out the lead-in, and takes that node's hedge). Left out, the author asserts the node.
   */
  stance?: Stance;
}
/** How the author puts a node forward, when not as an assertion of their own (see `NodeBase.stance`). */
export type Stance = 'reports' | 'supposes' | 'elaborates';
/** A field of a node that a tool guessed rather than a person wrote. */
export type GuessedField = 'kind' | 'text' | 'hedge' | 'dates' | 'section' | 'author' | 'credibility';
/**
 * The review state of a drafted node. A person who has checked the node sets `status: reviewed` (or
 * deletes `review`); until then every field listed in `guessed` is the tool's guess, not a reading.
 */
export interface Review {
  /** `draft`: drafted by a tool and not yet checked; `reviewed`: checked by a person. */
  status: 'draft' | 'reviewed';
  /** The fields the tool guessed, for the person to confirm or correct. */
  guessed?: GuessedField[];
}

/** A finding the map's author has looked at and accepts, as a linter's disable comment. */
export interface Suppression {
  /** Id of the rule whose finding about this node is accepted (`argmap rules` lists them). */
  rule: Id;
  /**
   * Why the finding does not apply here; required, so a suppression always says what was weighed.
   * @minLength 1
   * @pattern \S
   */
  reason: string;
}

/** An analytic judgement. */
export interface ClaimNode extends NodeBase {
  kind: 'claim';
}
/** A reported fact or observation. */
export interface EvidenceNode extends NodeBase {
  kind: 'evidence';
}
/** A background assumption or principle used as a reason. */
export interface PremiseNode extends NodeBase {
  kind: 'premise';
}
/** A caveat that limits confidence in other nodes (linked to them by `qualifies`). */
export interface HedgeNode extends NodeBase {
  kind: 'hedge';
}
/** An alternative explanation. */
export interface HypothesisNode extends NodeBase {
  kind: 'hypothesis';
}
/** An expected development; an indicator to watch for. */
export interface PredictionNode extends NodeBase {
  kind: 'prediction';
}
/** A policy conclusion or recommendation. */
export interface ConclusionNode extends NodeBase {
  kind: 'conclusion';
}
/** A cited work or an editorial note. */
export interface SourceNode extends NodeBase {
  kind: 'source';
  /** Bibliographic reference of a cited work. */
  citation?: string;
}

/** A node of the map; `kind` tells which. */
export type Node = ClaimNode | EvidenceNode | PremiseNode | HedgeNode | HypothesisNode | PredictionNode | ConclusionNode | SourceNode;

/**
 * A step of reasoning: the premises together (linked) support the conclusion. Several inferences with
 * one conclusion are convergent: each supports it alone. An inference can be undercut.
 */
export interface Inference {
  id: Id;
  /**
   * Ids of the nodes that together support the conclusion.
   * @minItems 1
   */
  premises: Id[];
  /** Id of the supported node. */
  conclusion: Id;
  /** Name of the argumentation scheme, e.g. `cause-to-effect`, `sign`, `expert-opinion`. */
  scheme?: string;
  /** The general rule licensing the step, stated or implicit. */
  warrant?: string;
  /** True when the analyst reconstructed the step and the source does not state it. */
  analyst?: boolean;
  /** Why the analyst reads the step this way. */
  rationale?: string;
}

/** The types of relation between nodes (and, for `undercuts`, from a node to an inference). */
export type RelationType = 'attacks' | 'undercuts' | 'contradicts' | 'qualifies' | 'explains' | 'predicts' | 'restates' | 'cites';

/**
 * A typed relation. `attacks`: `from` rebuts node `to`. `undercuts`: `from` attacks inference `to`.
 * `contradicts`: symmetric. `qualifies`: hedge → node. `explains`: hypothesis → evidence it would explain.
 * `predicts`: hypothesis or claim → prediction. `restates`: the same claim stated again elsewhere.
 * `cites`: node → source.
 */
export interface Relation {
  type: RelationType;
  /** Id of the node the relation starts from. */
  from: Id;
  /** Id of the node (or, for `undercuts`, the inference) it points to. */
  to: Id;
  /** True when the analyst added the relation and the source does not state it. */
  analyst?: boolean;
  /** Why the relation holds (one line). */
  rationale?: string;
  /**
   * `attacks` and `undercuts` only: the author concedes the attack and holds what it strikes at the
   * stronger ("In spite of ...", "X, but Y", "More important factors, however, will remain"). The attack is
   * drawn and reported as a con the text weighs, but it does not defeat its target: in Dung's semantics it
   * is left out of the framework, as a preference-based framework drops an attack on a preferred argument
   * (Amgoud and Cayrol 2002; in AIF, a PA node preferring the target), and in Carneades' terms the con is
   * weaker than the pro. Without it, a conceded point that nothing attacks would make grounded semantics
   * reject the very claim the author holds.
   */
  outweighed?: boolean;
  /**
   * A label shared by relations that one AIF CA- or MA-node drew together: attackers that attack only
   * jointly (a linked attack), or originals restated as one. argmap's analyses read each relation on its
   * own (so a linked attack counts as several single attacks); the label lets AIF export draw them as
   * one node again.
   */
  linked?: Id;
}

/** ACH ratings of an item of evidence against a hypothesis (Heuer; PARC ACH 2.0). */
export type Rating = 'CC' | 'C' | 'N' | 'I' | 'II' | 'NA';

/** An analyst's rating of one item of evidence against one hypothesis. */
export interface AchRating {
  evidence: Id;
  hypothesis: Id;
  rating: Rating;
  /** Why this rating (one line). */
  rationale?: string;
}

/** Weight of an item of evidence within one hypothesis set. */
export interface EvidenceAssessment {
  evidence: Id;
  /** How far the item can be believed. */
  credibility?: Level;
  /** How much the item bears on the question. */
  relevance?: Level;
}

/** Competing hypotheses that answer one question, with the evidence rated against them. */
export interface HypothesisSet {
  id: Id;
  /**
   * The question the hypotheses answer.
   * @minLength 1
   */
  question: string;
  /**
   * Ids of the competing hypotheses (nodes of any kind that answer the question).
   * @minItems 2
   */
  hypotheses: Id[];
  /** Ids of the evidence and arguments considered (assumptions count). */
  evidence?: Id[];
  /** Credibility and relevance of evidence items within this set. */
  assessments?: EvidenceAssessment[];
  /** The analyst's ratings. */
  ratings?: AchRating[];
}

/** A part of the document (main body, an annex, the footnotes) used to group nodes. */
export interface Section {
  id: Id;
  /** @minLength 1 */
  title: string;
  /** Id of the enclosing section. */
  parent?: Id;
}

/** A source text the map quotes. */
export interface Document {
  id: Id;
  /**
   * Path of the text file, relative to the map file.
   * @minLength 1
   */
  path: string;
  title?: string;
  /** Date of the document (ISO 8601). */
  date?: IsoDate;
}

/** Someone whose words stand in the map (the document's author, its editors). */
export interface Author {
  id: Id;
  /** @minLength 1 */
  name: string;
  /** Role, e.g. `author`, `editor`. */
  role?: string;
  /**
   * When this author wrote (ISO 8601), where it differs from the document's date: a modern edition's
   * editors write long after the text they annotate, so what they know is hindsight to its author.
   */
  date?: IsoDate;
}

/** An argument map: the root of an argmap file. */
export interface ArgumentMap {
  /** The JSON Schema the file follows (editors use it for completion). */
  $schema?: string;
  /**
   * The map's title.
   * @minLength 1
   */
  title: string;
  description?: string;
  /** Source texts the map quotes, with paths relative to the map file. */
  documents?: Document[];
  /** Authors whose words the map holds; nodes name them with `author`. */
  authors?: Author[];
  /** The document's structure, for grouping. */
  sections?: Section[];
  /** The map's nodes. */
  nodes: Node[];
  /** Steps of reasoning from premises to conclusions. */
  inferences?: Inference[];
  /** Typed relations between nodes. */
  relations?: Relation[];
  /** Competing hypotheses and the evidence rated against them. */
  hypothesisSets?: HypothesisSet[];
  /**
   * What a tool changed while making the map from another file (an import's repairs and readings), one
   * line each, so a reader knows the map is not that file verbatim.
   */
  notes?: string[];
}

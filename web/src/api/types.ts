/**
 * The API's response shapes, taken from the server's own zod schemas so the web app and
 * the API cannot drift apart: a changed field breaks the type-check, not a page at run time.
 */
import type { z } from 'zod';
import type { sessionSchema, userSchema, tokenSchema, createdTokenSchema, userWithPasswordSchema } from '../../../src/server/schemas/account-schemas.ts';
import type { calendarSchema } from '../../../src/server/schemas/calendar-schemas.ts';
import type { assessmentsSchema, pipelineSchema, policyBookSchema, policyMatchesSchema } from '../../../src/server/schemas/cultivation-schemas.ts';
import type { enterpriseDetailSchema, enterprisePageSchema, enterpriseSummarySchema } from '../../../src/server/schemas/enterprises-schemas.ts';
import type { factCatalogueSchema, pipelineMembersSchema, policyCountsSchema } from '../../../src/server/schemas/cultivation-schemas.ts';
import type { assessmentJson, policyMatchJson } from '../../../src/cultivation/cultivation-json.ts';
import type { Pipeline as CultivationPipeline } from '../../../src/cultivation/pipeline.ts';
import type { evaluationDocumentSchema } from '../../../src/server/schemas/evaluation-schemas.ts';
import type { evaluationJson } from '../../../src/evaluation/evaluation-json.ts';
import type { importCommitSchema, importPreviewSchema, importIssueSchema } from '../../../src/server/schemas/imports-schemas.ts';
import type { historyEntrySchema, observationPageSchema, observationSchema } from '../../../src/server/schemas/observations-schemas.ts';
import type { planItemSchemas, planSummarySchema } from '../../../src/server/schemas/plan-schemas.ts';
import type { projectDetailSchema, projectHistorySchema, projectSummarySchema } from '../../../src/server/schemas/projects-schemas.ts';
import type { publicIndicatorSchema } from '../../../src/server/schemas/public-schemas.ts';
import type { industryClusterSchema, industryStructureSchema, rankedEnterpriseSchema } from '../../../src/server/schemas/industry-schemas.ts';
import type { publicObservationSchema } from '../../../src/server/schemas/public-schemas.ts';
import type { scenarioBodySchema, scenarioResultSchema } from '../../../src/server/schemas/scenario-schemas.ts';
import type { publicPortalStateSchema, settingsSchema } from '../../../src/server/schemas/settings-schemas.ts';
import type { boundariesSummarySchema, boundaryCollectionSchema } from '../../../src/server/schemas/boundaries-schemas.ts';

export type Session = z.infer<typeof sessionSchema>;
export type User = z.infer<typeof userSchema>;
export type UserWithPassword = z.infer<typeof userWithPasswordSchema>;
export type Token = z.infer<typeof tokenSchema>;
export type CreatedToken = z.infer<typeof createdTokenSchema>;
export type Calendar = z.infer<typeof calendarSchema>;
export type Assessments = z.infer<typeof assessmentsSchema>;
export type Pipeline = z.infer<typeof pipelineSchema>;
export type PolicyBook = z.infer<typeof policyBookSchema>;
export type PolicyMatches = z.infer<typeof policyMatchesSchema>;
export type EnterpriseSummary = z.infer<typeof enterpriseSummarySchema>;
export type EnterprisePage = z.infer<typeof enterprisePageSchema>;
export type EnterpriseDetail = z.infer<typeof enterpriseDetailSchema>;
export type EvaluationDocument = z.infer<typeof evaluationDocumentSchema>;
export type IndicatorEvaluation = EvaluationDocument['indicators'][number];
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type ImportCommit = z.infer<typeof importCommitSchema>;
export type ImportIssue = z.infer<typeof importIssueSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type ObservationPage = z.infer<typeof observationPageSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type PlanSummary = z.infer<typeof planSummarySchema>;
export type PlanIndicator = z.infer<typeof planItemSchemas.indicator>;
export type PlanCluster = z.infer<typeof planItemSchemas.cluster>;
export type PlanRegion = z.infer<typeof planItemSchemas.region>;
export type PlanPole = z.infer<typeof planItemSchemas.pole>;
export type PlanPark = z.infer<typeof planItemSchemas.park>;
export type PlanProject = z.infer<typeof planItemSchemas.project>;
export type PlanProgramme = z.infer<typeof planItemSchemas.programme>;
export type ProjectSummary = z.infer<typeof projectSummarySchema>;
export type ProjectDetail = z.infer<typeof projectDetailSchema>;
export type ProjectHistory = z.infer<typeof projectHistorySchema>;
export type PublicIndicator = z.infer<typeof publicIndicatorSchema>;
export type Items<T> = { items: T[] };

// Scenario, settings, boundaries and open data (scenario / admin / open-data pages).
export type ScenarioBody = z.input<typeof scenarioBodySchema>;
export type ScenarioResult = z.infer<typeof scenarioResultSchema>;
export type ScenarioLine = ScenarioResult['clusters'][number];
export type ScenarioAssumption = ScenarioLine['assumption'];
export type SettingsDocument = z.infer<typeof settingsSchema>;
export type PublicPortalState = z.infer<typeof publicPortalStateSchema>;
export type BoundariesSummary = z.infer<typeof boundariesSummarySchema>;
export type BoundaryCollection = z.infer<typeof boundaryCollectionSchema>;
export type PublicObservation = z.infer<typeof publicObservationSchema>;
/** The evaluation document with every field typed (the API schema is loose and passes the CLI's JSON through whole). */
export type FullEvaluation = ReturnType<typeof evaluationJson>;
export type EvaluatedIndicator = FullEvaluation['indicators'][number];
// Enterprise tier cultivation, typed from the engine's own JSON (the API schemas are loose and pass it through whole).
export type AssessmentJson = ReturnType<typeof assessmentJson>;
export type CriterionJson = AssessmentJson['criteria'][number];
export type PolicyMatchJson = ReturnType<typeof policyMatchJson>;
export type PipelineJson = CultivationPipeline;
export type PipelineMembers = z.infer<typeof pipelineMembersSchema>;
export type PolicyCounts = z.infer<typeof policyCountsSchema>;
export type FactCatalogue = z.infer<typeof factCatalogueSchema>;
// The registry tallied by cluster, segment and region (industry system and map pages).
export type IndustryStructure = z.infer<typeof industryStructureSchema>;
export type IndustryClusterRegistry = z.infer<typeof industryClusterSchema>;
export type RankedEnterprise = z.infer<typeof rankedEnterpriseSchema>;

package se.styrkort.security;

import static se.styrkort.security.AccessRule.publicRead;
import static se.styrkort.security.AccessRule.read;
import static se.styrkort.security.AccessRule.write;
import static se.styrkort.security.Role.ADMIN;
import static se.styrkort.security.Role.APPROVER;
import static se.styrkort.security.Role.PLANNER;
import static se.styrkort.security.Role.REPORTER;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The single source of truth for who may call what: one row per operation of the contract, enforced
 * for every request by {@link AccessFilter}, written into the contract by the ContractFilter and
 * checked against openapi/openapi.yaml by AccessMatrixTest, which fails when an operation has no
 * row. A new operation is one new line here.
 */
public final class AccessPolicy {

  public static final List<AccessRule> RULES =
      List.of(
          publicRead("listPlans", "GET /api/v1/plans"),
          write("createPlan", "POST /api/v1/plans", PLANNER),
          write("createPlanFromDocument", "POST /api/v1/plans/import", PLANNER),
          publicRead("getPlan", "GET /api/v1/plans/{planId}"),
          write("updatePlan", "PUT /api/v1/plans/{planId}", PLANNER),
          write("deletePlan", "DELETE /api/v1/plans/{planId}", PLANNER),
          write("setPlanVisibility", "PUT /api/v1/plans/{planId}/visibility", PLANNER),
          write("adoptPlan", "POST /api/v1/plans/{planId}/adoption", PLANNER),
          write("archivePlan", "POST /api/v1/plans/{planId}/archival", PLANNER),
          write("createPlanRevision", "POST /api/v1/plans/{planId}/revisions", PLANNER),
          read("exportPlan", "GET /api/v1/plans/{planId}/export").expensive(),
          read("getFollowUpStatus", "GET /api/v1/plans/{planId}/follow-up-status"),
          publicRead("getPlanTree", "GET /api/v1/plans/{planId}/tree").expensive(),
          // The plans it chooses from are those the caller may read (anonymous: public adopted).
          publicRead("getCurrentPlan", "GET /api/v1/plans/current"),
          publicRead("getPlanFulfilment", "GET /api/v1/plans/{planId}/fulfilment").expensive(),
          publicRead("getPlanReport", "GET /api/v1/plans/{planId}/report").expensive(),
          publicRead("listGoals", "GET /api/v1/plans/{planId}/goals"),
          write("createGoal", "POST /api/v1/plans/{planId}/goals", PLANNER),
          write(
              "approvePlanEvaluations",
              "POST /api/v1/plans/{planId}/evaluations/approval",
              APPROVER),
          write("writePlanEvaluations", "POST /api/v1/plans/{planId}/evaluations/bulk", REPORTER),
          write(
              "importPlanEvaluations", "POST /api/v1/plans/{planId}/evaluations/import", REPORTER),
          publicRead("listReportingPeriods", "GET /api/v1/plans/{planId}/reporting-periods"),
          write("createReportingPeriod", "POST /api/v1/plans/{planId}/reporting-periods", PLANNER),
          write(
              "adoptDefaultCalendar",
              "POST /api/v1/plans/{planId}/reporting-periods/default-calendar",
              PLANNER),
          publicRead("getReportingPeriod", "GET /api/v1/reporting-periods/{periodId}"),
          write("updateReportingPeriod", "PUT /api/v1/reporting-periods/{periodId}", PLANNER),
          write(
              "closeReportingPeriod",
              "POST /api/v1/reporting-periods/{periodId}/closing",
              APPROVER),
          write(
              "reopenReportingPeriod",
              "POST /api/v1/reporting-periods/{periodId}/reopening",
              APPROVER),
          read("getReportingPeriodHistory", "GET /api/v1/reporting-periods/{periodId}/history"),
          read(
              "getPeriodFollowUpStatus",
              "GET /api/v1/reporting-periods/{periodId}/follow-up-status"),
          publicRead("listAssessments", "GET /api/v1/reporting-periods/{periodId}/assessments"),
          write(
              "createAssessment",
              "POST /api/v1/reporting-periods/{periodId}/assessments",
              REPORTER),
          publicRead("getAssessment", "GET /api/v1/assessments/{assessmentId}"),
          write("updateAssessment", "PUT /api/v1/assessments/{assessmentId}", REPORTER),
          write("deleteAssessment", "DELETE /api/v1/assessments/{assessmentId}", REPORTER),
          write("submitAssessment", "POST /api/v1/assessments/{assessmentId}/submission", REPORTER),
          write("approveAssessment", "POST /api/v1/assessments/{assessmentId}/approval", APPROVER),
          write("reopenAssessment", "POST /api/v1/assessments/{assessmentId}/reopening", APPROVER),
          read("getAssessmentHistory", "GET /api/v1/assessments/{assessmentId}/history"),
          publicRead("listActions", "GET /api/v1/plans/{planId}/actions"),
          write("createAction", "POST /api/v1/plans/{planId}/actions", PLANNER),
          publicRead("getAction", "GET /api/v1/actions/{actionId}"),
          write("updateAction", "PUT /api/v1/actions/{actionId}", PLANNER),
          write("deleteAction", "DELETE /api/v1/actions/{actionId}", PLANNER),
          read("getActionHistory", "GET /api/v1/actions/{actionId}/history"),
          publicRead("listActionStatusReports", "GET /api/v1/actions/{actionId}/status-reports"),
          publicRead(
              "getActionStatusReport", "GET /api/v1/actions/{actionId}/status-reports/{periodId}"),
          write(
              "reportActionStatus",
              "PUT /api/v1/actions/{actionId}/status-reports/{periodId}",
              REPORTER),
          read(
              "getActionStatusReportHistory",
              "GET /api/v1/actions/{actionId}/status-reports/{periodId}/history"),
          // Across the plans the caller may read, for the signed-in caller (a limited key too).
          read("listMyFollowUps", "GET /api/v1/my/follow-ups"),
          publicRead("getVocabulary", "GET /api/v1/vocabulary"),
          publicRead("getGoal", "GET /api/v1/goals/{goalId}"),
          write("updateGoal", "PUT /api/v1/goals/{goalId}", PLANNER),
          write("deleteGoal", "DELETE /api/v1/goals/{goalId}", PLANNER),
          publicRead("getGoalFulfilment", "GET /api/v1/goals/{goalId}/fulfilment").expensive(),
          publicRead("getGoalTree", "GET /api/v1/goals/{goalId}/tree").expensive(),
          read("getGoalHistory", "GET /api/v1/goals/{goalId}/history"),
          publicRead("listIndicators", "GET /api/v1/goals/{goalId}/indicators"),
          write("createIndicator", "POST /api/v1/goals/{goalId}/indicators", PLANNER),
          publicRead("getIndicator", "GET /api/v1/indicators/{indicatorId}"),
          write("updateIndicator", "PUT /api/v1/indicators/{indicatorId}", PLANNER),
          write("deleteIndicator", "DELETE /api/v1/indicators/{indicatorId}", PLANNER),
          publicRead("getIndicatorFulfilment", "GET /api/v1/indicators/{indicatorId}/fulfilment")
              .expensive(),
          read("getIndicatorHistory", "GET /api/v1/indicators/{indicatorId}/history"),
          publicRead(
              "listMeasurementPoints", "GET /api/v1/indicators/{indicatorId}/measurement-points"),
          write(
              "createMeasurementPoint",
              "POST /api/v1/indicators/{indicatorId}/measurement-points",
              PLANNER),
          publicRead("getMeasurementPoint", "GET /api/v1/measurement-points/{pointId}"),
          write("updateMeasurementPoint", "PUT /api/v1/measurement-points/{pointId}", PLANNER),
          write("deleteMeasurementPoint", "DELETE /api/v1/measurement-points/{pointId}", PLANNER),
          publicRead("listEvaluations", "GET /api/v1/measurement-points/{pointId}/evaluations"),
          write(
              "createEvaluation",
              "POST /api/v1/measurement-points/{pointId}/evaluations",
              REPORTER),
          publicRead(
                  "getMeasurementPointFulfilment",
                  "GET /api/v1/measurement-points/{pointId}/fulfilment")
              .expensive(),
          read("getMeasurementPointHistory", "GET /api/v1/measurement-points/{pointId}/history"),
          write("putTarget", "PUT /api/v1/measurement-points/{pointId}/targets/{year}", PLANNER),
          write(
              "deleteTarget",
              "DELETE /api/v1/measurement-points/{pointId}/targets/{year}",
              PLANNER),
          publicRead(
              "listReferenceSeries", "GET /api/v1/measurement-points/{pointId}/reference-series"),
          write(
              "createReferenceSeries",
              "POST /api/v1/measurement-points/{pointId}/reference-series",
              PLANNER),
          publicRead("getReferenceSeries", "GET /api/v1/reference-series/{seriesId}"),
          write("updateReferenceSeries", "PUT /api/v1/reference-series/{seriesId}", PLANNER),
          write("deleteReferenceSeries", "DELETE /api/v1/reference-series/{seriesId}", PLANNER),
          publicRead(
              "getReferenceSeriesHistory", "GET /api/v1/reference-series/{seriesId}/history"),
          write(
              "syncPointWithKolada",
              "POST /api/v1/measurement-points/{pointId}/kolada-sync",
              PLANNER),
          write("syncPlanWithKolada", "POST /api/v1/plans/{planId}/kolada-sync", PLANNER),
          write(
              "importOwnValuesFromKolada",
              "POST /api/v1/measurement-points/{pointId}/kolada-import",
              REPORTER),
          publicRead("getEvaluation", "GET /api/v1/evaluations/{evaluationId}"),
          write("updateEvaluation", "PUT /api/v1/evaluations/{evaluationId}", REPORTER),
          write("deleteEvaluation", "DELETE /api/v1/evaluations/{evaluationId}", REPORTER),
          read("getEvaluationHistory", "GET /api/v1/evaluations/{evaluationId}/history"),
          write("submitEvaluation", "POST /api/v1/evaluations/{evaluationId}/submission", REPORTER),
          write("approveEvaluation", "POST /api/v1/evaluations/{evaluationId}/approval", APPROVER),
          write("reopenEvaluation", "POST /api/v1/evaluations/{evaluationId}/reopening", APPROVER),
          // Feeds across plans: anyone may read them, and each caller sees the plans it may read
          // (CallerAccess.readablePlanIds: public adopted plans for anonymous callers).
          publicRead("listBiFacts", "GET /api/v1/bi/facts").expensive(),
          publicRead("listBiEvaluations", "GET /api/v1/bi/evaluations").expensive(),
          publicRead("listBiNodeFacts", "GET /api/v1/bi/node-facts").expensive(),
          publicRead("listBiActions", "GET /api/v1/bi/actions"),
          publicRead("getODataServiceDocument", "GET /odata/v1"),
          publicRead("getODataMetadata", "GET /odata/v1/$metadata"),
          publicRead("listODataFacts", "GET /odata/v1/Facts").expensive(),
          publicRead("listODataPlans", "GET /odata/v1/Plans"),
          publicRead("listODataGoals", "GET /odata/v1/Goals"),
          publicRead("listODataIndicators", "GET /odata/v1/Indicators"),
          publicRead("listODataMeasurementPoints", "GET /odata/v1/MeasurementPoints"),
          publicRead("listODataEvaluations", "GET /odata/v1/Evaluations"),
          publicRead("listODataNodeFacts", "GET /odata/v1/NodeFacts").expensive(),
          publicRead("listODataActions", "GET /odata/v1/Actions"),
          publicRead("countODataEntities", "GET /odata/v1/{entitySet}/$count").expensive(),
          publicRead("getODataEntity", "GET /odata/v1/{entity}"),
          publicRead("listChanges", "GET /api/v1/changes"),
          publicRead("getLatestChangeCursor", "GET /api/v1/changes/latest"),
          publicRead("listActionChanges", "GET /api/v1/changes/actions"),
          publicRead(
                  "getGoodFinancialManagement",
                  "GET /api/v1/plans/{planId}/good-financial-management")
              .expensive(),
          publicRead("getGoalContributions", "GET /api/v1/goals/{goalId}/contributions")
              .expensive(),
          // The organisation's chart is public information; its plans are filtered per caller.
          publicRead("listOrganisationUnits", "GET /api/v1/organisation-units"),
          write("createOrganisationUnit", "POST /api/v1/organisation-units", ADMIN),
          publicRead("getOrganisationUnit", "GET /api/v1/organisation-units/{unitId}"),
          write("updateOrganisationUnit", "PUT /api/v1/organisation-units/{unitId}", ADMIN),
          write("deleteOrganisationUnit", "DELETE /api/v1/organisation-units/{unitId}", ADMIN),
          publicRead("listOrganisationUnitPlans", "GET /api/v1/organisation-units/{unitId}/plans"),
          read("listApiKeys", "GET /api/v1/api-keys").role(ADMIN),
          write("createApiKey", "POST /api/v1/api-keys", ADMIN),
          read("getApiKey", "GET /api/v1/api-keys/{keyId}").role(ADMIN),
          write("revokeApiKey", "POST /api/v1/api-keys/{keyId}/revocation", ADMIN));

  private static final Map<String, AccessRule> BY_OPERATION =
      RULES.stream().collect(Collectors.toMap(AccessRule::operationId, Function.identity()));

  /**
   * Resource methods hidden from the contract, by class and method name. They only ever answer with
   * a problem (OData addressing the feed does not support gets 501), so they are open to whoever
   * may read the feed they belong to.
   */
  private static final Map<String, AccessRule> UNLISTED =
      Map.of(
          "ODataResource.unsupportedPath",
          publicRead("odataUnsupportedPath", "GET /odata/v1/{resource}"),
          "ODataResource.countNodeFacts",
          publicRead("countODataNodeFacts", "GET /odata/v1/NodeFacts/$count").expensive(),
          "ODataResource.nodeFact",
          publicRead("getODataNodeFact", "GET /odata/v1/{nodeFact}").expensive(),
          "ODataResource.countActions",
          publicRead("countODataActions", "GET /odata/v1/Actions/$count"),
          "ODataResource.action",
          publicRead("getODataAction", "GET /odata/v1/{action}"));

  /**
   * The operations that create a plan (a revision is a new plan too). A key limited to some plans
   * may call none of them: the new plan would be outside its limit.
   */
  static final java.util.Set<String> CREATING_PLANS =
      java.util.Set.of("createPlan", "createPlanFromDocument", "createPlanRevision");

  /**
   * Reads across plans that filter by the plans the caller may read themselves, so a key limited to
   * some plans may call them although they name no plan.
   */
  static final java.util.Set<String> ACROSS_PLANS = java.util.Set.of("listMyFollowUps");

  private AccessPolicy() {}

  /** The rule of a method hidden from the contract; none unless it is listed here. */
  public static Optional<AccessRule> ofHidden(String className, String methodName) {
    return Optional.ofNullable(UNLISTED.get(className + "." + methodName));
  }

  /** The rule of an operation; an operation without one is refused to everyone. */
  public static Optional<AccessRule> of(String operationId) {
    return Optional.ofNullable(operationId).map(BY_OPERATION::get);
  }
}

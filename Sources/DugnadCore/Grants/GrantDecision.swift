/// A decision on an application: the outcome, the amount and the reasons.
public struct GrantDecision: Sendable, Hashable {
    public var outcome: ApplicationStatus   // .granted, .partlyGranted or .rejected
    /// nil for a rejection and for forwarded schemes (they decide no amount).
    public var amount: Money?
    public var reasons: String

    public init(outcome: ApplicationStatus, amount: Money?, reasons: String) {
        self.outcome = outcome; self.amount = amount; self.reasons = reasons
    }

    /// What the decision grants toward the scheme's budget.
    public var committed: Money { amount ?? .zero }
}

/// The checks a decision must pass before the database sees it (the
/// database checks the budget and the conflict of interest again).
public enum DecisionRules {
    public struct Facts: Sendable {
        public var scheme: GrantScheme
        public var status: ApplicationStatus
        public var applied: Money
        /// Decided so far in the scheme and year, this application excluded.
        public var decidedInYear: Money
        /// Prizes awarded so far in the scheme and year, this application excluded.
        public var awardsInYear: Int
        public var hasRecommendation: Bool
        public var deciderHasConflict: Bool
        public init(scheme: GrantScheme, status: ApplicationStatus, applied: Money, decidedInYear: Money,
                    awardsInYear: Int = 0, hasRecommendation: Bool, deciderHasConflict: Bool) {
            self.scheme = scheme; self.status = status; self.applied = applied; self.decidedInYear = decidedInYear
            self.awardsInYear = awardsInYear; self.hasRecommendation = hasRecommendation
            self.deciderHasConflict = deciderHasConflict
        }
        public var remaining: Money { scheme.annualBudget - decidedInYear }
    }

    /// Every reason the decision is refused, most fundamental first; empty when it may be made.
    public static func problems(_ d: GrantDecision, _ f: Facts) -> [GrantRefusal] {
        if f.deciderHasConflict { return [.conflictOfInterest] }
        let context = GrantWorkflow.Context(kind: f.scheme.kind, requiresReport: f.scheme.requiresReport)
        if let refusal = GrantWorkflow.decisionRefusal(from: f.status, context: context) { return [refusal] }
        guard GrantWorkflow.decisions.contains(d.outcome) else { return [.decisionNeedsForm] }
        var out: [GrantRefusal] = []
        if f.scheme.recommendingBodyID != nil && !f.hasRecommendation { out.append(.recommendationMissing) }
        if d.reasons.trimmingWhitespace().isEmpty { out.append(.reasonRequired) }
        if f.scheme.kind == .forwarded {
            if d.amount != nil { out.append(.forwardedDecidesNoAmount) }
            if d.outcome == .partlyGranted { out.append(.forwardedDecidesNoAmount) }
            return out
        }
        if d.outcome == .rejected {
            if let a = d.amount, a.ore != 0 { out.append(.transitionNotAllowed(from: f.status, to: .rejected)) }
            return out
        }
        guard let amount = d.amount, amount.ore > 0 else { return out + [.amountNotPositive] }
        if amount > f.applied { out.append(.amountAboveApplied(applied: f.applied)) }
        if let max = f.scheme.maximumAmount, amount > max { out.append(.amountAboveMaximum(maximum: max)) }
        if d.outcome == .partlyGranted && amount == f.applied { out.append(.partlyMustBeLess) }
        if d.outcome == .granted && amount < f.applied
            && f.scheme.maximumAmount.map({ amount < min($0, f.applied) }) ?? true {
            out.append(.fullGrantMustMatch)
        }
        if f.scheme.kind == .prize, let max = f.scheme.maximumAwards, f.awardsInYear >= max {
            out.append(.prizeAwardsExhausted(maximum: max))
        }
        if f.decidedInYear + amount > f.scheme.annualBudget { out.append(.budgetExceeded(remaining: f.remaining)) }
        return out
    }
}

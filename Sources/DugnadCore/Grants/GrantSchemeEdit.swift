/// An administrator's change to a grant scheme's terms: budget, maximum, rounds, reporting, rule, awards.
/// The scheme's name, group and kind are not changed here: applications and the published overview are
/// filed under them.
public struct GrantSchemeEdit: Sendable, Equatable {
    public var annualBudget: Money
    public var maximumAmount: Money?
    public var rounds: SchemeRounds
    public var reporting: String
    public var rule: String
    public var maximumAwards: Int?
    public init(annualBudget: Money, maximumAmount: Money?, rounds: SchemeRounds, reporting: String, rule: String,
                maximumAwards: Int?) {
        self.annualBudget = annualBudget; self.maximumAmount = maximumAmount; self.rounds = rounds
        self.reporting = reporting; self.rule = rule; self.maximumAwards = maximumAwards
    }
    public init(_ scheme: GrantScheme) {
        self.init(annualBudget: scheme.annualBudget, maximumAmount: scheme.maximumAmount, rounds: scheme.rounds,
                  reporting: scheme.reporting, rule: scheme.rule, maximumAwards: scheme.maximumAwards)
    }

    /// Why the change cannot be made; empty when it can. `decidedInYear` is the most the scheme has granted in
    /// one budget year (`year`): a budget below it would leave decisions already made over budget.
    public func problems(decidedInYear: Money, year: Int) -> [GrantRefusal] {
        var found: [GrantRefusal] = []
        if annualBudget.ore < 0 { found.append(.amountNotPositive) }
        if annualBudget < decidedInYear { found.append(.budgetBelowDecided(year: year, decided: decidedInYear)) }
        if let m = maximumAmount {
            if m.ore <= 0 { found.append(.amountNotPositive) }
            if m > annualBudget { found.append(.maximumAboveBudget(budget: annualBudget)) }
        }
        if let n = maximumAwards, n <= 0 { found.append(.amountNotPositive) }
        return found
    }
}

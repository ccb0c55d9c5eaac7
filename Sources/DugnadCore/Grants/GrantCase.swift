/// Everything the case view shows about one application.
public struct GrantCase: Sendable, Hashable {
    public struct Event: Sendable, Hashable {
        public init(at: String, staff: String, from: ApplicationStatus?, to: ApplicationStatus, kind: String, note: String) {
            self.at = at; self.staff = staff; self.from = from; self.to = to; self.kind = kind; self.note = note
        }
        public var at: String
        public var staff: String
        public var from: ApplicationStatus?
        public var to: ApplicationStatus
        public var kind: String
        public var note: String
    }
    public struct Recommendation: Sendable, Hashable {
        public init(body: String?, staff: String, grant: Bool, amount: Money?, note: String, at: String) {
            self.body = body; self.staff = staff; self.grant = grant; self.amount = amount; self.note = note; self.at = at
        }
        public var body: String?
        public var staff: String
        public var grant: Bool
        public var amount: Money?
        public var note: String
        public var at: String
    }
    public struct Appeal: Sendable, Hashable {
        public init(receivedOn: CivilDate, grounds: String, decision: ApplicationStatus, outcome: AppealOutcome?, outcomeOn: CivilDate?, note: String) {
            self.receivedOn = receivedOn; self.grounds = grounds; self.decision = decision; self.outcome = outcome; self.outcomeOn = outcomeOn; self.note = note
        }
        public var receivedOn: CivilDate
        public var grounds: String
        public var decision: ApplicationStatus
        public var outcome: AppealOutcome?
        public var outcomeOn: CivilDate?
        public var note: String
    }
    public var application: GrantApplication
    public var scheme: GrantScheme
    public var organisationNumber: String?
    public var kommunedel: String?
    public var contactName: String
    public var contactEmail: String
    public var contactPhone: String
    public var projectBudget: Money?
    public var otherFunding: Money
    /// The round the application belongs to (year and deadline); the screen words it in its language.
    public var round: GrantRound?
    public var criteria: [GrantCriterion]
    public var scores: [GrantScore]
    public var conflicts: [ConflictDeclaration]
    public var recommendations: [Recommendation]
    public var agreementsWithMoney: [CollaborationAgreement]
    public var appeals: [Appeal]
    public var attachments: [String]
    public var tags: [String]
    public var events: [Event]
    /// Decided in the scheme and year so far (this application included), and the budget.
    public var decidedInYear: Money
    /// Where the application stands in its round by `GrantScoring.ranking` (withdrawn ones left out):
    /// for a forwarded scheme (spillemidler) its place on the list the municipality sends on.
    public var roundRank: RoundRank?

    public struct RoundRank: Sendable, Hashable {
        public var position: Int
        public var of: Int
        public init(position: Int, of: Int) { self.position = position; self.of = of }
    }

    public init(application: GrantApplication, scheme: GrantScheme, organisationNumber: String?, kommunedel: String?, contactName: String, contactEmail: String, contactPhone: String, projectBudget: Money?, otherFunding: Money, round: GrantRound?, criteria: [GrantCriterion], scores: [GrantScore], conflicts: [ConflictDeclaration], recommendations: [Recommendation], agreementsWithMoney: [CollaborationAgreement], appeals: [Appeal], attachments: [String], tags: [String], events: [Event], decidedInYear: Money) {
        self.application = application; self.scheme = scheme; self.organisationNumber = organisationNumber; self.kommunedel = kommunedel; self.contactName = contactName; self.contactEmail = contactEmail; self.contactPhone = contactPhone; self.projectBudget = projectBudget; self.otherFunding = otherFunding; self.round = round; self.criteria = criteria; self.scores = scores; self.conflicts = conflicts; self.recommendations = recommendations; self.agreementsWithMoney = agreementsWithMoney; self.appeals = appeals; self.attachments = attachments; self.tags = tags; self.events = events; self.decidedInYear = decidedInYear
    }
}

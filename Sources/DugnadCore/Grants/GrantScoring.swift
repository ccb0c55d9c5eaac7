/// One weighted criterion of a scheme's rubric.
public struct GrantCriterion: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var schemeID: RowID
    public var position: Int
    public var name: Bilingual
    /// Relative weight (percent of the total, by convention summing to 100).
    public var weight: Int
    public init(id: RowID = 0, schemeID: RowID, position: Int, name: Bilingual, weight: Int) {
        self.id = id; self.schemeID = schemeID; self.position = position; self.name = name; self.weight = weight
    }
}

/// One officer's score on one criterion: 0–5 with a note.
public struct GrantScore: Sendable, Hashable {
    public var criterionID: RowID
    public var staff: String
    public var score: Int
    public var note: String
    /// Set aside because the officer later declared a conflict of interest.
    public var setAside: Bool
    public init(criterionID: RowID, staff: String, score: Int, note: String = "", setAside: Bool = false) {
        self.criterionID = criterionID; self.staff = staff; self.score = score; self.note = note
        self.setAside = setAside
    }
}

public enum GrantScoring {
    public static let range = 0...5

    public static func refusal(score: Int, status: ApplicationStatus, criterion: RowID,
                               criteria: [GrantCriterion], conflicted: Bool) -> GrantRefusal? {
        if conflicted { return .conflictOfInterest }
        guard [.inReview, .infoRequested, .waiting, .recommended].contains(status) else { return .scoringClosed(status) }
        guard criteria.contains(where: { $0.id == criterion }) else { return .unknownCriterion }
        guard range.contains(score) else { return .scoreOutOfRange }
        return nil
    }

    /// The weighted total ×1000 (0…5000): each officer's weighted mean over
    /// the criteria they scored, averaged over officers. Set-aside scores
    /// do not count; nil when nothing counts.
    public static func weightedTotalMilli(_ scores: [GrantScore], criteria: [GrantCriterion]) -> Int? {
        let weights = Dictionary(criteria.map { ($0.id, $0.weight) }, uniquingKeysWith: { a, _ in a })
        var perOfficer: [String: (sum: Int, weight: Int)] = [:]
        for s in scores where !s.setAside {
            guard let w = weights[s.criterionID], w > 0 else { continue }
            perOfficer[s.staff, default: (0, 0)].sum += s.score * w
            perOfficer[s.staff, default: (0, 0)].weight += w
        }
        let means = perOfficer.values.filter { $0.weight > 0 }.map { Double($0.sum) / Double($0.weight) }
        guard !means.isEmpty else { return nil }
        return Int((means.reduce(0, +) / Double(means.count) * 1000).rounded())
    }

    /// Ranks within a round: highest total first, unscored last, ties by earlier receipt then reference.
    public static func ranking(_ items: [(reference: String, received: CivilDate, scoreMilli: Int?)]) -> [String] {
        items.sorted { a, b in
            switch (a.scoreMilli, b.scoreMilli) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (a.received, a.reference) < (b.received, b.reference)
            }
        }.map(\.reference)
    }

    /// "3,8" — a total on the 0–5 scale with one decimal and a comma.
    public static func text(milli: Int?) -> String {
        guard let m = milli else { return "–" }
        let tenths = (m + 50) / 100
        return "\(tenths / 10),\(tenths % 10)"
    }
}

/// Conflict of interest (inhabilitet, forvaltningsloven § 6): once declared
/// on an application an officer may not score, recommend or decide it, and
/// their earlier scores are set aside. The database enforces the same.
public struct ConflictDeclaration: Sendable, Hashable {
    public var staff: String
    public var reason: String
    public var declaredAt: String
    public init(staff: String, reason: String, declaredAt: String) {
        self.staff = staff; self.reason = reason; self.declaredAt = declaredAt
    }
}

public enum ConflictRules {
    public static func isBarred(_ staff: String, _ conflicts: [ConflictDeclaration]) -> Bool {
        conflicts.contains { $0.staff == staff }
    }

    public static func declarationRefusal(staff: String, reason: String,
                                          existing: [ConflictDeclaration]) -> GrantRefusal? {
        if reason.trimmingWhitespace().isEmpty { return .conflictReasonRequired }
        if isBarred(staff, existing) { return .conflictAlreadyDeclared }
        return nil
    }

    /// Scores with the conflicted officers' set aside.
    public static func applying(_ conflicts: [ConflictDeclaration], to scores: [GrantScore]) -> [GrantScore] {
        scores.map { s in var s = s; if isBarred(s.staff, conflicts) { s.setAside = true }; return s }
    }
}

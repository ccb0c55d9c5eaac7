/// The grant inbox's filter language, parsed:
///
///     status:received scheme:kultur assignee:me amount>50000 overdue !flagged
///     from:2026-01-01 kommunedel:Fjell tag:x  words for free text
///
/// Terms are ANDed; `!` negates a term; `status:`, `group:` and `kind:` take
/// a comma list (any of). Amounts are in kroner. The core evaluator
/// (`GrantFilterEvaluator`) and the store's SQL translation give the same answer.
public struct GrantFilter: Sendable, Hashable {
    public var terms: [Term]
    public init(terms: [Term] = []) { self.terms = terms }
    public var isEmpty: Bool { terms.isEmpty }

    public indirect enum Term: Sendable, Hashable {
        case status(Set<ApplicationStatus>)
        /// Scheme name contains (folded).
        case scheme(String)
        case group(Set<SchemeGroup>)
        case kind(Set<SchemeKind>)
        case assignee(Assignee)
        /// Kommunedel name contains (folded).
        case kommunedel(String)
        /// Has the tag (folded, exact).
        case tag(String)
        /// Received on or after / on or before.
        case from(CivilDate)
        case to(CivilDate)
        case year(Int)
        /// Reference starts with.
        case reference(String)
        case amount(Comparison, Money)
        /// Weighted score on 0–5 (×1000); unscored never matches.
        case score(Comparison, Int)
        case overdue, flagged, new, conflict, tagged
        /// Reference, applicant or title contains (folded).
        case text(String)
        case not(Term)
    }

    public enum Assignee: Sendable, Hashable {
        case me, none
        case user(String)
    }

    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case less = "<", lessOrEqual = "<=", equal = "=", greaterOrEqual = ">=", greater = ">"
        public func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
            switch self {
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .equal: return a == b
            case .greaterOrEqual: return a >= b
            case .greater: return a > b
            }
        }
    }

    /// "new": received in the last week and not yet touched.
    public static let newDays = 7

    /// Folding shared by the evaluator and the SQL translation (which stores
    /// `search_text` folded the same way and compares bytes with instr()).
    public static func fold(_ s: String) -> String { s.lowercased() }

    /// Byte-wise substring test of folded UTF-8, exactly what SQLite's instr() does.
    public static func containsFolded(_ haystack: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        let h = Array(fold(haystack).utf8), n = Array(needle.utf8)
        guard n.count <= h.count else { return false }
        var i = 0
        while i + n.count <= h.count {
            if h[i] == n[0] && Array(h[i..<(i + n.count)]) == n { return true }
            i += 1
        }
        return false
    }
}

/// The words of the language, in both languages, for the parser, completion and help.
public enum GrantFilterWords {
    public enum Key: String, Sendable, CaseIterable {
        case status, scheme, group, kind, assignee, kommunedel, tag, from, to, year, ref
        public var aliases: [String] {
            switch self {
            case .status: return ["status"]
            case .scheme: return ["scheme", "ordning"]
            case .group: return ["group", "gruppe"]
            case .kind: return ["kind", "type"]
            case .assignee: return ["assignee", "saksbehandler"]
            case .kommunedel: return ["kommunedel"]
            case .tag: return ["tag", "merke"]
            case .from: return ["from", "fra"]
            case .to: return ["to", "til"]
            case .year: return ["year", "år"]
            case .ref: return ["ref", "referanse"]
            }
        }
    }

    public static let comparisonKeys: [String: String] = ["amount": "amount", "beløp": "amount",
                                                           "score": "score", "poeng": "score"]

    public static let keywords: [String: GrantFilter.Term] = [
        "overdue": .overdue, "forfalt": .overdue, "flagged": .flagged, "flagget": .flagged, "new": .new, "ny": .new,
        "conflict": .conflict, "inhabil": .conflict, "tagged": .tagged, "merket": .tagged,
        "unassigned": .assignee(.none), "mine": .assignee(.me),
    ]

    public static let statusWords: [String: Set<ApplicationStatus>] = {
        var m: [String: Set<ApplicationStatus>] = [:]
        for s in ApplicationStatus.allCases { m[s.rawValue] = [s] }
        let nb: [(String, ApplicationStatus)] = [
            ("mottatt", .received), ("behandling", .inReview), ("info", .infoRequested), ("venter", .waiting),
            ("innstilt", .recommended), ("innvilget", .granted), ("delvis", .partlyGranted), ("avslått", .rejected),
            ("klage", .appealed), ("utbetalt", .paid), ("rapport", .reportDue), ("rapport_mottatt", .reportReceived),
            ("avsluttet", .closed), ("trukket", .withdrawn)]
        for (w, s) in nb { m[w] = [s] }
        let open = Set(ApplicationStatus.allCases.filter(\.isUndecided))
        let decided = Set(ApplicationStatus.allCases.filter(\.isDecided))
        m["open"] = open; m["åpen"] = open; m["decided"] = decided; m["vedtatt"] = decided
        return m
    }()

    public static let groupWords: [String: SchemeGroup] = {
        var m: [String: SchemeGroup] = [:]
        for g in SchemeGroup.allCases { m[g.rawValue] = g }
        for (w, g) in [("prosjekter", SchemeGroup.projects), ("festival", .festivals), ("drift", .operating),
                       ("helse", .healthSocial), ("idrett", .sportOutdoor)] { m[w] = g }
        return m
    }()

    public static let kindWords: [String: SchemeKind] = {
        var m: [String: SchemeKind] = [:]
        for k in SchemeKind.allCases { m[k.rawValue] = k }
        for (w, k) in [("tilskudd", SchemeKind.grant), ("pris", .prize), ("videresendt", .forwarded),
                       ("tjenestekjøp", .servicePurchase)] { m[w] = k }
        return m
    }()

    public static func key(named name: String) -> Key? {
        Key.allCases.first { $0.aliases.contains(name) }
    }

    /// The help text (one line per construct).
    public static let help: [Bilingual] = [
        Bilingual(nb: "status:mottatt,behandling   status (også open, decided; lagret kode eller norsk ord)",
                  en: "status:received,in_review   status (also open, decided; stored code or Norwegian word)"),
        Bilingual(nb: "ordning:kultur  gruppe:idrett  type:pris   ordning, gruppe, type",
                  en: "scheme:kultur  group:sport_outdoor  kind:prize   scheme, group, kind"),
        Bilingual(nb: "saksbehandler:me|none|navn   kommunedel:Fjell   tag:x",
                  en: "assignee:me|none|name   kommunedel:Fjell   tag:x"),
        Bilingual(nb: "fra:2026-01-01  til:31.03.2026  år:2026  ref:2026-04   mottatt-dato, år, referanse",
                  en: "from:2026-01-01  to:31.03.2026  year:2026  ref:2026-04   received date, year, reference"),
        Bilingual(nb: "beløp>50000  poeng>=3,5   omsøkt beløp i kroner; vektet poengsum 0–5",
                  en: "amount>50000  score>=3.5   amount applied for in kroner; weighted score 0–5"),
        Bilingual(nb: "forfalt  flagget  ny  inhabil  merket  mine   !foran et ledd snur det",
                  en: "overdue  flagged  new  conflict  tagged  mine   ! before a term negates it"),
        Bilingual(nb: "andre ord søker i referanse, søker og tittel; \"flere ord\" i anførselstegn",
                  en: "other words search reference, applicant and title; \"several words\" in quotes"),
    ]
}

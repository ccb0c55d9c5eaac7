/// What the filter language looks at for one application.
public struct GrantFilterSubject: Sendable, Hashable {
    public var application: GrantApplication
    public var schemeName: String
    public var group: SchemeGroup
    public var kind: SchemeKind
    public var kommunedelName: String?
    public var tags: Set<String>
    /// Someone has declared a conflict of interest on it.
    public var hasConflict: Bool

    public init(application: GrantApplication, schemeName: String, group: SchemeGroup, kind: SchemeKind,
                kommunedelName: String?, tags: Set<String>, hasConflict: Bool) {
        self.application = application; self.schemeName = schemeName; self.group = group; self.kind = kind
        self.kommunedelName = kommunedelName; self.tags = tags; self.hasConflict = hasConflict
    }
}

/// Who is asking and when: `assignee:me`, `overdue` and `new` depend on it.
public struct GrantFilterContext: Sendable, Hashable {
    public var today: CivilDate
    public var me: String
    public init(today: CivilDate, me: String) { self.today = today; self.me = me }
}

/// The in-memory evaluator: the reference semantics the SQL translation must match.
public enum GrantFilterEvaluator {
    public static func matches(_ filter: GrantFilter, _ s: GrantFilterSubject, _ c: GrantFilterContext) -> Bool {
        filter.terms.allSatisfy { matches($0, s, c) }
    }

    public static func matches(_ term: GrantFilter.Term, _ s: GrantFilterSubject, _ c: GrantFilterContext) -> Bool {
        let a = s.application
        switch term {
        case .status(let set): return set.contains(a.status)
        case .scheme(let needle): return GrantFilter.containsFolded(s.schemeName, needle)
        case .group(let set): return set.contains(s.group)
        case .kind(let set): return set.contains(s.kind)
        case .assignee(.me): return a.assignee == c.me
        case .assignee(.none): return a.assignee == nil
        case .assignee(.user(let name)): return a.assignee == name
        case .kommunedel(let needle): return s.kommunedelName.map { GrantFilter.containsFolded($0, needle) } ?? false
        case .tag(let tag): return s.tags.contains(tag)
        case .from(let day): return a.receivedOn >= day
        case .to(let day): return a.receivedOn <= day
        case .year(let y): return a.year == y
        case .reference(let prefix): return GrantFilter.fold(a.reference).utf8.starts(with: prefix.utf8)
        case .amount(let op, let m): return op.holds(a.amountRequested.ore, m.ore)
        case .score(let op, let milli): return a.scoreMilli.map { op.holds($0, milli) } ?? false
        case .overdue: return a.isOverdue(today: c.today)
        case .flagged: return a.flagged
        case .new: return a.status == .received && a.receivedOn >= c.today.adding(days: -GrantFilter.newDays)
        case .conflict: return s.hasConflict
        case .tagged: return !s.tags.isEmpty
        case .text(let needle):
            return [a.reference, a.applicantName, a.title].contains { GrantFilter.containsFolded($0, needle) }
        case .not(let inner): return !matches(inner, s, c)
        }
    }
}

/// The values completion offers after `key:`.
public struct GrantFilterVocabulary: Sendable {
    public var schemes: [String]
    public var assignees: [String]
    public var kommunedeler: [String]
    public var tags: [String]
    public init(schemes: [String] = [], assignees: [String] = [], kommunedeler: [String] = [], tags: [String] = []) {
        self.schemes = schemes; self.assignees = assignees; self.kommunedeler = kommunedeler; self.tags = tags
    }
}

public enum GrantFilterCompletion {
    /// Candidates for the word being typed at the end of `input`: where that
    /// word starts (a character offset) and whole replacements for it.
    public static func candidates(_ input: String, vocabulary v: GrantFilterVocabulary) -> (start: Int, words: [String]) {
        let chars = Array(input)
        var start = chars.count
        var inQuote = chars.filter { $0 == "\"" }.count % 2 == 1
        while start > 0 && (inQuote || !chars[start - 1].isWhitespace) {
            if chars[start - 1] == "\"" { inQuote.toggle() }
            start -= 1
        }
        var word = String(chars[start...])
        var negation = ""
        if word.hasPrefix("!") { negation = "!"; word.removeFirst() }
        let folded = GrantFilter.fold(word)
        var out: [String]
        if let colon = folded.firstIndex(of: ":") {
            let key = String(folded[..<colon])
            let prefix = String(folded[folded.index(after: colon)...]).filter { $0 != "\"" }
            let values: [String]
            let keyKind = GrantFilterWords.key(named: key)
            // Names (schemes, places, tags) also match inside; fixed words only by their start.
            let inside = [.scheme, .kommunedel, .tag, .assignee].contains(keyKind)
            switch keyKind {
            case .status: values = ApplicationStatus.allCases.map(\.rawValue) + ["open", "decided"]
            case .group: values = SchemeGroup.allCases.map(\.rawValue)
            case .kind: values = SchemeKind.allCases.map(\.rawValue)
            case .scheme: values = v.schemes
            case .assignee: values = ["me", "none"] + v.assignees
            case .kommunedel: values = v.kommunedeler
            case .tag: values = v.tags
            default: values = []
            }
            let lastComma = prefix.lastIndex(of: ",")
            let head = lastComma.map { String(prefix[...$0]) } ?? ""
            let tail = lastComma.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
            out = values.filter { GrantFilter.fold($0).hasPrefix(tail) || (inside && tail.count >= 2 && GrantFilter.containsFolded($0, tail)) }
                .map { value in
                    let v = value.contains(" ") ? "\"\(value)\"" : value
                    return "\(String(word[..<word.firstIndex(of: ":")!])):\(head)\(v)"
                }
        } else {
            let keys = GrantFilterWords.Key.allCases.map { "\($0.rawValue):" } + ["amount>", "amount<", "score>"]
            let keywords = ["overdue", "flagged", "new", "conflict", "tagged", "mine", "unassigned"]
            out = (keys + keywords).filter { $0.hasPrefix(folded) }
        }
        return (start, out.map { negation + $0 })
    }
}

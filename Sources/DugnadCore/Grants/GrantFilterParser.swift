/// A problem in a filter expression: where (a character offset, 0-based)
/// and what was expected there.
public struct GrantFilterError: Error, Sendable, Hashable {
    public enum Problem: Sendable, Hashable {
        case unknownKey(String)
        case missingValue(key: String)
        case unknownStatus(String)
        case unknownGroup(String)
        case unknownKind(String)
        case badDate(String)
        case badAmount(String)
        case badScore(String)
        case badYear(String)
        case unterminatedQuote
        case danglingNot
        /// `amount` and `score` take a comparison (`amount>50000`), not a colon.
        case expectedComparison(key: String)
    }
    public var position: Int
    public var problem: Problem

    public init(position: Int, problem: Problem) { self.position = position; self.problem = problem }

    public var message: Bilingual {
        let at = position + 1
        let keys = GrantFilterWords.Key.allCases.map(\.rawValue).joined(separator: ", ")
        let (nb, en): (String, String)
        switch problem {
        case .unknownKey(let k):
            (nb, en) = ("ukjent nøkkel «\(k)»; forventet en av \(keys), amount, score",
                        "unknown key “\(k)”; expected one of \(keys), amount, score")
        case .missingValue(let k):
            (nb, en) = ("«\(k):» mangler en verdi", "“\(k):” needs a value")
        case .unknownStatus(let s):
            (nb, en) = ("ukjent status «\(s)»; forventet f.eks. mottatt, behandling, innstilt, innvilget",
                        "unknown status “\(s)”; expected e.g. received, in_review, recommended, granted")
        case .unknownGroup(let s):
            (nb, en) = ("ukjent gruppe «\(s)»; forventet prosjekter, festival, drift, helse eller idrett",
                        "unknown group “\(s)”; expected projects, festivals, operating, health_social or sport_outdoor")
        case .unknownKind(let s):
            (nb, en) = ("ukjent type «\(s)»; forventet tilskudd, pris, videresendt eller tjenestekjøp",
                        "unknown kind “\(s)”; expected grant, prize, forwarded or service_purchase")
        case .badDate(let s):
            (nb, en) = ("ugyldig dato «\(s)»; forventet ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ",
                        "invalid date “\(s)”; expected YYYY-MM-DD or DD.MM.YYYY")
        case .badAmount(let s):
            (nb, en) = ("ugyldig beløp «\(s)»; forventet kroner, f.eks. 50000", "invalid amount “\(s)”; expected kroner, e.g. 50000")
        case .badScore(let s):
            (nb, en) = ("ugyldig poengsum «\(s)»; forventet et tall fra 0 til 5", "invalid score “\(s)”; expected a number from 0 to 5")
        case .badYear(let s):
            (nb, en) = ("ugyldig år «\(s)»; forventet fire sifre", "invalid year “\(s)”; expected four digits")
        case .unterminatedQuote:
            (nb, en) = ("anførselstegnet lukkes aldri; forventet \"", "the quote is never closed; expected \"")
        case .danglingNot:
            (nb, en) = ("«!» må stå rett foran et ledd", "“!” must come right before a term")
        case .expectedComparison(let k):
            (nb, en) = ("«\(k)» tar en sammenligning; forventet \(k)>, \(k)<, \(k)= …",
                        "“\(k)” takes a comparison; expected \(k)>, \(k)<, \(k)= …")
        }
        return Bilingual(nb: "Posisjon \(at): \(nb).", en: "Position \(at): \(en).")
    }
}

public enum GrantFilterParser {
    /// A token of the expression: its text (quotes removed) and where it starts.
    struct Token { var text: String; var position: Int; var quoted: Bool }

    public static func parse(_ input: String) -> Result<GrantFilter, GrantFilterError> {
        do {
            let tokens = try tokenize(input)
            return .success(GrantFilter(terms: try tokens.map(term)))
        } catch let e as GrantFilterError {
            return .failure(e)
        } catch {
            return .failure(GrantFilterError(position: 0, problem: .unterminatedQuote))
        }
    }

    /// Splits on whitespace; `"…"` keeps spaces (also after `key:` or `!`).
    static func tokenize(_ input: String) throws -> [Token] {
        var tokens: [Token] = []
        let chars = Array(input)
        var i = 0
        while i < chars.count {
            if chars[i].isWhitespace { i += 1; continue }
            let start = i
            var text = "", quoted = false
            while i < chars.count && !chars[i].isWhitespace {
                if chars[i] == "\"" {
                    quoted = true
                    let open = i
                    i += 1
                    while i < chars.count && chars[i] != "\"" { text.append(chars[i]); i += 1 }
                    guard i < chars.count else { throw GrantFilterError(position: open, problem: .unterminatedQuote) }
                    i += 1
                } else {
                    text.append(chars[i]); i += 1
                }
            }
            tokens.append(Token(text: text, position: start, quoted: quoted))
        }
        return tokens
    }

    static func term(_ token: Token) throws -> GrantFilter.Term {
        var token = token
        if token.text.hasPrefix("!") {
            token.text.removeFirst()
            token.position += 1
            guard !token.text.isEmpty else { throw GrantFilterError(position: token.position - 1, problem: .danglingNot) }
            return .not(try term(token))
        }
        let text = token.text
        if token.quoted && !text.contains(":") { return .text(GrantFilter.fold(text)) }
        if let t = try comparison(token) { return t }
        if let colon = text.firstIndex(of: ":") {
            let name = GrantFilter.fold(String(text[..<colon]))
            let value = String(text[text.index(after: colon)...])
            let valuePosition = token.position + text.distance(from: text.startIndex, to: colon) + 1
            if GrantFilterWords.comparisonKeys[name] != nil {
                throw GrantFilterError(position: token.position, problem: .expectedComparison(key: name))
            }
            guard let key = GrantFilterWords.key(named: name) else {
                if name.isEmpty || name.contains(where: { !$0.isLetter }) { return .text(GrantFilter.fold(text)) }
                throw GrantFilterError(position: token.position, problem: .unknownKey(name))
            }
            guard !value.trimmingWhitespace().isEmpty else {
                throw GrantFilterError(position: valuePosition, problem: .missingValue(key: name))
            }
            return try keyed(key, value, at: valuePosition)
        }
        if let keyword = GrantFilterWords.keywords[GrantFilter.fold(text)] { return keyword }
        return .text(GrantFilter.fold(text))
    }

    /// `amount>50000`, `beløp<=1000`, `score>=3,5`; nil when the token is no comparison.
    static func comparison(_ token: Token) throws -> GrantFilter.Term? {
        let text = token.text
        guard let opStart = text.firstIndex(where: { $0 == "<" || $0 == ">" || $0 == "=" }) else { return nil }
        let name = GrantFilter.fold(String(text[..<opStart]))
        guard let key = GrantFilterWords.comparisonKeys[name] else {
            if !name.isEmpty && name.allSatisfy(\.isLetter) && GrantFilterWords.key(named: name) == nil {
                throw GrantFilterError(position: token.position, problem: .unknownKey(name))
            }
            return nil
        }
        var rest = text[opStart...]
        var op = String(rest.removeFirst())
        if rest.first == "=" && op != "=" { op += "="; rest.removeFirst() }
        let comparison = GrantFilter.Comparison(rawValue: op)!
        let value = String(rest)
        let valuePosition = token.position + text.distance(from: text.startIndex, to: rest.startIndex)
        if key == "amount" {
            guard let money = Money(parsing: value) else {
                throw GrantFilterError(position: valuePosition, problem: .badAmount(value))
            }
            return .amount(comparison, money)
        }
        guard let number = Double(String(value.map { $0 == "," ? "." : $0 })), (0...5).contains(number) else {
            throw GrantFilterError(position: valuePosition, problem: .badScore(value))
        }
        return .score(comparison, Int((number * 1000).rounded()))
    }

    static func keyed(_ key: GrantFilterWords.Key, _ value: String, at position: Int) throws -> GrantFilter.Term {
        let folded = GrantFilter.fold(value)
        func list<T>(_ words: [String: T], _ problem: (String) -> GrantFilterError.Problem) throws -> [T] {
            var out: [T] = []
            var offset = position
            for part in value.split(separator: ",", omittingEmptySubsequences: false) {
                let word = GrantFilter.fold(String(part))
                guard let v = words[word] else { throw GrantFilterError(position: offset, problem: problem(String(part))) }
                out.append(v)
                offset += part.count + 1
            }
            return out
        }
        switch key {
        case .status: return .status(Set(try list(GrantFilterWords.statusWords, { .unknownStatus($0) }).flatMap { $0 }))
        case .group: return .group(Set(try list(GrantFilterWords.groupWords, { .unknownGroup($0) })))
        case .kind: return .kind(Set(try list(GrantFilterWords.kindWords, { .unknownKind($0) })))
        case .scheme: return .scheme(folded)
        case .kommunedel: return .kommunedel(folded)
        case .tag: return .tag(GrantTags.normalise(value))
        case .ref: return .reference(folded)
        case .assignee:
            switch folded {
            case "me", "meg", "jeg": return .assignee(.me)
            case "none", "ingen": return .assignee(.none)
            default: return .assignee(.user(value))
            }
        case .from, .to:
            guard let day = parseDate(value) else { throw GrantFilterError(position: position, problem: .badDate(value)) }
            return key == .from ? .from(day) : .to(day)
        case .year:
            guard value.count == 4, let y = Int(value), (1900...2100).contains(y) else {
                throw GrantFilterError(position: position, problem: .badYear(value))
            }
            return .year(y)
        }
    }

    /// `2026-01-31` or `31.01.2026`.
    static func parseDate(_ text: String) -> CivilDate? {
        if let d = CivilDate(iso: text) { return d }
        let parts = text.split(separator: ".")
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4
        else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }
}

/// Tags are short labels on applications, folded so `tag:Jubileum` finds `jubileum`.
public enum GrantTags {
    public static func normalise(_ tag: String) -> String {
        GrantFilter.fold(tag.trimmingWhitespace()).map { $0 == " " ? "-" : $0 }.reduce(into: "") { $0.append($1) }
    }
}

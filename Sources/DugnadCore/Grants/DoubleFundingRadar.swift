/// The double-funding radar: the same organisation seeking money for a
/// similar purpose in more than one scheme in a year, or for something a
/// collaboration agreement with money already pays for.
public enum DoubleFundingRadar {
    public struct Claim: Sendable, Hashable {
        public var reference: String     // application reference, or "avtale <id>" for an agreement
        public var organisationID: RowID
        public var year: Int
        public var schemeID: RowID?      // nil for an agreement
        public var text: String          // title and purpose
        public init(reference: String, organisationID: RowID, year: Int, schemeID: RowID?, text: String) {
            self.reference = reference; self.organisationID = organisationID; self.year = year
            self.schemeID = schemeID; self.text = text
        }
    }

    public struct Hit: Sendable, Hashable {
        public var first: String, second: String
        public var organisationID: RowID
        public var similarity: Double
        public var sharedWords: [String]
    }

    /// Words that say nothing about the purpose.
    static let stopWords: Set<String> = ["og", "i", "på", "til", "for", "med", "av", "en", "et", "den", "det", "de",
                                         "som", "om", "fra", "the", "and", "of", "ny", "nytt", "nye"]

    /// The purpose's words (folded, three letters or more, no stop words or plain numbers), each cut to its
    /// first six letters. Walks Unicode scalars, not Characters: the radar reads every claim of a year
    /// (6,000 at scale 10), and grapheme breaking was most of its half second.
    public static func words(_ text: String) -> Set<String> {
        var out = Set<String>()
        var word = String.UnicodeScalarView()
        var length = 0, digits = 0
        func flush() {
            if length >= 3 && digits < length {
                let whole = String(word)
                if !stopWords.contains(whole) { out.insert(length > 6 ? String(String.UnicodeScalarView(word.prefix(6))) : whole) }
            }
            word = String.UnicodeScalarView(); length = 0; digits = 0
        }
        for scalar in GrantFilter.fold(text).unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil {
                word.append(scalar); length += 1
                if ("0"..."9").contains(scalar) { digits += 1 }
            } else if p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark, length > 0 {
                word.append(scalar)   // a combining accent belongs to the letter before it
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// Jaccard similarity of two claims' purpose words.
    public static func similarity(_ x: Set<String>, _ y: Set<String>) -> (Double, [String]) {
        let union = x.union(y)
        guard !union.isEmpty else { return (0, []) }
        let shared = x.intersection(y)
        return (Double(shared.count) / Double(union.count), shared.sorted())
    }

    public static func similarity(_ a: String, _ b: String) -> (Double, [String]) { similarity(words(a), words(b)) }

    /// Pairs of claims by one organisation in one year (agreements count
    /// every year) in different schemes whose purposes look alike.
    public static func hits(_ claims: [Claim], threshold: Double = 0.3) -> [Hit] {
        var byOrg: [RowID: [Claim]] = [:]
        for c in claims { byOrg[c.organisationID, default: []].append(c) }
        // Each claim's words once (a claim is in as many pairs as its organisation has other claims).
        var wordsOf: [String: Set<String>] = [:]
        for (_, list) in byOrg where list.count > 1 { for c in list { wordsOf[c.reference] = words(c.text) } }
        var out: [Hit] = []
        for (org, list) in byOrg.sorted(by: { $0.key < $1.key }) where list.count > 1 {
            for i in 0..<list.count {
                for j in (i + 1)..<list.count {
                    let a = list[i], b = list[j]
                    let agreement = a.schemeID == nil || b.schemeID == nil
                    guard agreement || (a.year == b.year && a.schemeID != b.schemeID) else { continue }
                    guard !(a.schemeID == nil && b.schemeID == nil) else { continue }
                    let (score, shared) = similarity(wordsOf[a.reference] ?? [], wordsOf[b.reference] ?? [])
                    if score >= threshold {
                        out.append(Hit(first: a.reference, second: b.reference, organisationID: org,
                                       similarity: score, sharedWords: shared))
                    }
                }
            }
        }
        return out
    }
}

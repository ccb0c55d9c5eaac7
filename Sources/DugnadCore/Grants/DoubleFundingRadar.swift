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

    public static func words(_ text: String) -> Set<String> {
        let folded = GrantFilter.fold(text)
        let parts = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        // Norwegian compounds share their first part ("besøksvenner", "besøksvenntjeneste"):
        // six letters are the stem compared.
        return Set(parts.filter { $0.count >= 3 && !stopWords.contains($0) && Int($0) == nil }.map { String($0.prefix(6)) })
    }

    /// Jaccard similarity of the purpose words.
    public static func similarity(_ a: String, _ b: String) -> (Double, [String]) {
        let x = words(a), y = words(b)
        let union = x.union(y)
        guard !union.isEmpty else { return (0, []) }
        let shared = x.intersection(y)
        return (Double(shared.count) / Double(union.count), shared.sorted())
    }

    /// Pairs of claims by one organisation in one year (agreements count
    /// every year) in different schemes whose purposes look alike.
    public static func hits(_ claims: [Claim], threshold: Double = 0.3) -> [Hit] {
        var byOrg: [RowID: [Claim]] = [:]
        for c in claims { byOrg[c.organisationID, default: []].append(c) }
        var out: [Hit] = []
        for (org, list) in byOrg.sorted(by: { $0.key < $1.key }) where list.count > 1 {
            for i in 0..<list.count {
                for j in (i + 1)..<list.count {
                    let a = list[i], b = list[j]
                    let agreement = a.schemeID == nil || b.schemeID == nil
                    guard agreement || (a.year == b.year && a.schemeID != b.schemeID) else { continue }
                    guard !(a.schemeID == nil && b.schemeID == nil) else { continue }
                    let (score, shared) = similarity(a.text, b.text)
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

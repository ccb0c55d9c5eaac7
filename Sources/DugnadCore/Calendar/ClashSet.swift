/// Which occurrences of a loaded list clash (ClashRadar) with another of
/// the same list, computed once when the list is loaded: the view only
/// reads it. Sweeps the list in start order, so each occurrence is compared
/// only with those that start before it ends.
public struct ClashSet: Sendable, Equatable {
    /// Position in the list → positions of the occurrences it clashes with, in list order.
    public private(set) var partners: [Int: [Int]] = [:]

    public init() {}

    /// `occurrences` in start order (as every calendar list is).
    public init(_ occurrences: [Activity]) {
        let facts = occurrences.map(ClashRadar.Facts.init)
        for i in facts.indices where !facts[i].cancelled && facts[i].kommunedelID != nil {
            var j = i + 1
            while j < facts.count && facts[j].start < facts[i].end {
                if ClashRadar.clash(facts[i], facts[j]) && occurrences[i] != occurrences[j] {
                    partners[i, default: []].append(j)
                    partners[j, default: []].append(i)
                }
                j += 1
            }
        }
        for k in partners.keys { partners[k]!.sort() }
    }

    public func clashes(_ position: Int) -> Bool { partners[position] != nil }
    public func partners(of position: Int) -> [Int] { partners[position] ?? [] }
}

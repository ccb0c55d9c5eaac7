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
        for i in occurrences.indices where !occurrences[i].cancelled && occurrences[i].kommunedelID != nil {
            var j = i + 1
            while j < occurrences.count && occurrences[j].start < occurrences[i].end {
                if ClashRadar.clash(occurrences[i], occurrences[j]) {
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

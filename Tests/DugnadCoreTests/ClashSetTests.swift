import DugnadCore
import Testing

/// The clash set computed once per load equals ClashRadar asked pair by pair.
@Suite struct ClashSetTests {
    @Test func theSweepFindsExactlyThePairsClashRadarFinds() {
        var rng = SystemRandomNumberGenerator()
        let day = CivilDate(iso: "2026-11-26")!
        for _ in 0..<20 {
            var items: [Activity] = (0..<80).map { i in
                let start = CivilDateTime(date: day, time: CivilTime(minutes: 8 * 60 + Int.random(in: 0..<600, using: &rng))!)
                return Activity(id: RowID(i + 1), title: "A\(i)", organiser: "", category: .sosialt,
                                audience: Audience.allCases.randomElement(using: &rng)!, kommunedelID: [nil, 6, 7].randomElement(using: &rng)!,
                                venueID: nil, start: start, end: CivilDateTime(ordinal: start.ordinal + Int.random(in: 15...180, using: &rng)),
                                cancelled: Int.random(in: 0..<10, using: &rng) == 0)
            }
            items.sort { $0.occurrenceKey < $1.occurrenceKey }
            let set = ClashSet(items)
            for i in items.indices {
                let expected = items.indices.filter { $0 != i && ClashRadar.clash(items[i], items[$0]) }
                #expect(set.partners(of: i) == expected, "item \(i)")
                #expect(set.clashes(i) == !expected.isEmpty)
            }
        }
    }
}

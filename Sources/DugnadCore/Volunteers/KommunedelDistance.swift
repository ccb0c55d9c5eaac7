/// How far apart the ten kommunedeler are, in steps: 0 the same, 1 neighbours, 2 one between, 3 across the
/// municipality. A plain table from the map (the river, Eiker in the west, Svelvik in the south-east), not
/// road distances: a volunteer near by scores higher, nobody is ruled out.
public enum KommunedelDistance {
    // Ids as in ReferenceData.kommunedeler: 1 Mjøndalen/Åsen, 2 Krokstadelva/Stenseth, 3 Åssiden/Solbergelva,
    // 4 Gulskogen, 5 Konnerud, 6 Fjell/Danvik, 7 Strømsø/Tangen, 8 Bragernes/Øren, 9 Skoger/Åskollen,
    // 10 Svelvik/Berger.
    private static let neighbours: [RowID: Set<RowID>] = [
        1: [2, 3], 2: [1, 3], 3: [1, 2, 4, 8], 4: [3, 5, 7, 8], 5: [4, 6, 7],
        6: [5, 7, 9], 7: [4, 5, 6, 8, 9], 8: [3, 4, 7], 9: [6, 7, 10], 10: [9],
    ]

    /// Steps between the two (breadth-first over the neighbour table), at most 3; 2 when either is unknown.
    public static func steps(_ a: RowID?, _ b: RowID?) -> Int {
        guard let a, let b, neighbours[a] != nil, neighbours[b] != nil else { return 2 }
        return table[Int(a - 1)][Int(b - 1)]
    }

    private static let table: [[Int]] = (1...10).map { from in
        var distance = [RowID: Int](); distance[RowID(from)] = 0
        var frontier: [RowID] = [RowID(from)]
        while !frontier.isEmpty {
            var next: [RowID] = []
            for node in frontier { for n in neighbours[node]! where distance[n] == nil {
                distance[n] = distance[node]! + 1; next.append(n)
            } }
            frontier = next
        }
        return (1...10).map { min(3, distance[RowID($0)] ?? 3) }
    }
}

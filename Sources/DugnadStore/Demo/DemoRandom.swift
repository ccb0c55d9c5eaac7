/// The demo generator's own pseudo-random numbers: xoshiro256** seeded
/// through SplitMix64. Written out here (not `SystemRandomNumberGenerator`,
/// not Swift's unspecified default algorithms) so the same seed gives the
/// same database on every platform and Swift version.
struct DemoRandom: RandomNumberGenerator {
    private var s0, s1, s2, s3: UInt64

    /// `stream` separates the generators of the different entities, so
    /// changing how many draws one of them makes does not shift the others.
    init(seed: UInt64, stream: UInt64 = 0) {
        var sm = seed ^ (stream &* 0x9E37_79B9_7F4A_7C15)
        func splitMix() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform integer in `range`, by Lemire's multiply-and-reject, so the
    /// result depends only on this generator (Swift's `Int.random(in:using:)`
    /// does not promise a stable algorithm).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }
        var m = next().multipliedFullWidth(by: span)
        if m.low < span {
            let threshold = (0 &- span) % span
            while m.low < threshold { m = next().multipliedFullWidth(by: span) }
        }
        return range.lowerBound + Int(m.high)
    }

    mutating func int(_ range: Range<Int>) -> Int { int(range.lowerBound...(range.upperBound - 1)) }

    /// Uniform in [0, 1) with 53 bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    /// Index chosen with probability proportional to `weights`.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }

    mutating func pick<T>(_ items: [(T, Double)]) -> T {
        items[weightedIndex(items.map(\.1))].0
    }

    /// `count` distinct elements in their original order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var indices = Array(items.indices)
        let n = min(count, items.count)
        for i in 0..<n { indices.swapAt(i, int(i..<indices.count)) }
        return indices.prefix(n).sorted().map { items[$0] }
    }

    /// A Poisson-distributed count (Knuth for small means, normal approximation above).
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 30 {
            let u1 = max(unit(), 1e-12), u2 = unit()
            let z = (-2 * _log(u1)).squareRoot() * _cos(2 * Double.pi * u2)
            return max(0, Int((mean + z * mean.squareRoot()).rounded()))
        }
        let limit = _exp(-mean)
        var k = 0, p = unit()
        while p > limit { k += 1; p *= unit() }
        return k
    }
}

// Small pure-Swift elementary functions so the generator needs no Foundation
// and gives bit-identical results everywhere (libm may differ in the last ulp).
private func _exp(_ x: Double) -> Double {
    // exp(x) = 2^k * exp(r), |r| ≤ ln2/2, Taylor to 1e-16.
    let k = (x / 0.693_147_180_559_945_3).rounded()
    let r = x - k * 0.693_147_180_559_945_3
    var term = 1.0, sum = 1.0
    for n in 1...20 { term *= r / Double(n); sum += term }
    return sum * pow2(Int(k))
}

private func _log(_ x: Double) -> Double {
    // Reduce to m in [1, 2), then atanh series.
    var m = x, e = 0
    while m >= 2 { m /= 2; e += 1 }
    while m < 1 { m *= 2; e -= 1 }
    let y = (m - 1) / (m + 1), y2 = y * y
    var term = y, sum = 0.0
    for n in stride(from: 1, through: 61, by: 2) { sum += term / Double(n); term *= y2 }
    return 2 * sum + Double(e) * 0.693_147_180_559_945_3
}

private func _cos(_ x: Double) -> Double {
    var r = x.truncatingRemainder(dividingBy: 2 * Double.pi)
    if r > Double.pi { r -= 2 * Double.pi }
    var term = 1.0, sum = 1.0
    for n in stride(from: 2, through: 40, by: 2) { term *= -r * r / Double((n - 1) * n); sum += term }
    return sum
}

private func pow2(_ k: Int) -> Double {
    var result = 1.0
    if k >= 0 { for _ in 0..<k { result *= 2 } } else { for _ in 0..<(-k) { result /= 2 } }
    return result
}

import Testing
@testable import DugnadApp

@Suite struct TextWrapTests {
    /// Detail panels wrap long values; a line never ends inside an amount ("kr 600 | 000,00" read as two sums).
    @Test func wrappingKeepsAmountsWhole() {
        let text = "Igjen av budsjettet for «Tilskudd til kulturarvtiltak» 2027: kr 600 000,00 av kr 1 600 000,00"
        for width in 20...80 {
            let lines = wrap(text, width: width)
            #expect(lines.joined(separator: " ") == text, "\(width)")
            #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
            for line in lines {
                #expect(!line.hasSuffix(" kr") && !line.hasSuffix(" 600") && !line.hasSuffix(" 1"), "\(width): \(lines)")
                #expect(!line.hasPrefix("000,00"), "\(width): \(lines)")
            }
        }
        #expect(wrap("Søknaden gjelder tre ting", width: 10) == ["Søknaden", "gjelder", "tre ting"])
        // An English date stays on one line: "… deadline 1 Oct | 2027" never.
        #expect(wrap("Samarbeidsavtaler · 2027, deadline 1 Oct 2027", width: 40)
                == ["Samarbeidsavtaler · 2027, deadline", "1 Oct 2027"])
    }
}

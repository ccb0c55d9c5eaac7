// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dugnad",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dugnad", targets: ["dugnad"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw",
                       providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "TerminalKit", dependencies: [
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .target(name: "NCursesBackend", dependencies: ["TerminalKit", "CNCursesW"]),
        .target(name: "DugnadCore"),
        .target(name: "DugnadStore", dependencies: [
            "DugnadCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "SwiftCSV", package: "SwiftCSV"),
        ]),
        .target(name: "DugnadApp", dependencies: ["DugnadCore", "TerminalKit"]),
        .executableTarget(name: "dugnad", dependencies: [
            "DugnadCore", "DugnadStore", "DugnadApp", "TerminalKit", "NCursesBackend",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "DugnadCoreTests", dependencies: ["DugnadCore"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(name: "DugnadStoreTests", dependencies: ["DugnadStore", "DugnadCore"]),
        .testTarget(name: "DugnadAppTests", dependencies: ["DugnadApp", "DugnadCore", "TerminalKit"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: []),
    ],
    swiftLanguageModes: [.v6]
)

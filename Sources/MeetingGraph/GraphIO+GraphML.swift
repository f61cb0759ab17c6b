enum GraphMLFormat {
    static func write(_ g: Graph) -> String { "" }
    static func read(_ bytes: [UInt8], path: String) throws -> Graph { throw GraphFileError(path: path, message: "GraphML not supported yet") }
}

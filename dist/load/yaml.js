/** YAML written for people (align explain, docs/rules.md): only the load stage touches the yaml package. */
import { Document, isScalar, visit } from 'yaml';
/** YAML as a person writes it: lists of plain values on one line. */
export function yamlText(v) {
    const doc = new Document(v);
    visit(doc, {
        Seq(_, node) {
            if (node.items.every((i) => isScalar(i)))
                node.flow = true;
        },
    });
    return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

import CGraphviz
import Analysis

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Attainment</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/table_kit.py" line="43" />
        <source>due</source>
        <translation>可拨付</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/table_kit.py" line="45" />
        <source>not due</source>
        <translation>不可拨付</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/table_kit.py" line="48" />
        <source>&lt;b&gt;%1 of %2 targets met (%3 %)&lt;/b&gt;; second subsidy tranche: %4 (needs at least 90 %)</source>
        <translation>&lt;b&gt;%2 项目标中达成 %1 项（%3 %）&lt;/b&gt;；第二笔补助资金：%4（需达成至少 90 %）</translation>
    </message>
</context>
<context>
    <name>AttributeEditing</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/editing.py" line="93" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/editing.py" line="94" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/editing.py" line="144" />
        <source>Set %1 of %2</source>
        <translation>设置 %2 的%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/editing.py" line="150" />
        <source>Set %1 of %2 %3</source>
        <translation>设置 %2 个%3的%1</translation>
    </message>
</context>
<context>
    <name>AttributeTableDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="58" />
        <source>Zones</source>
        <translation>功能分区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="59" />
        <source>Firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="60" />
        <source>Shared facilities</source>
        <translation>共享设施</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="61" />
        <source>Pipelines</source>
        <translation>管线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="62" />
        <source>Corridors</source>
        <translation>廊道</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="63" />
        <source>Plots</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="64" />
        <source>Exchanges (symbiosis links)</source>
        <translation>共生交换（共生链接）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="310" />
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="312" />
        <source>The objects of one layer as a table: click a header to sort</source>
        <translation>以表格显示一个图层的对象：单击表头排序</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="318" />
        <source>Layer shown in the table</source>
        <translation>表中显示的图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="322" />
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="324" />
        <source>Show only rows containing this text in any column</source>
        <translation>只显示任一列包含此文本的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="326" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="410" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="412" />
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
</context>
<context>
    <name>CadInput</name>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="70" />
        <source>CAD input</source>
        <translation>CAD 输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="83" />
        <source>x,y   @dx,dy   @length&lt;angle   length   &lt;angle   WxH (rectangle)   S1 F3 (ids)</source>
        <translation>x,y   @dx,dy   @长度&lt;角度   长度   &lt;角度   宽x高（矩形）   S1 F3（编号）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="89" />
        <source>Type the next vertex while drawing; Enter adds it, an empty Enter finishes</source>
        <translation>绘制时输入下一个顶点；回车添加，空回车结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="99" />
        <source>Right angle: each segment turns 90° from the last</source>
        <translation>正交：每段与上一段成 90°</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="107" />
        <source>Parallel to the first segment of the shape</source>
        <translation>平行于图形的第一段</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="112" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="169" />
        <source>Choose a drawing tool first</source>
        <translation>请先选择绘图工具</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="187" />
        <source>Type the first corner first</source>
        <translation>请先输入第一个角点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="205" />
        <source>Angle locked at %1°</source>
        <translation>角度锁定为 %1°</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="241" />
        <source>Type x,y or @dx,dy for a point</source>
        <translation>点位请输入 x,y 或 @dx,dy</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="274" />
        <source>This tool takes coordinates, not object ids: type x,y or @dx,dy</source>
        <translation>此工具只接受坐标，不接受对象编号：请输入 x,y 或 @dx,dy</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/cad_input.py" line="293" />
        <source>No firm or facility %1 in this scenario</source>
        <translation>本方案中没有企业或设施 %1</translation>
    </message>
</context>
<context>
    <name>CarbonDialogs</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="56" />
        <source>National average</source>
        <translation>全国平均</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="57" />
        <source>North China grid</source>
        <translation>华北电网</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="58" />
        <source>Northeast China grid</source>
        <translation>东北电网</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="59" />
        <source>East China grid</source>
        <translation>华东电网</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="60" />
        <source>Central China grid</source>
        <translation>华中电网</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="61" />
        <source>Northwest China grid</source>
        <translation>西北电网</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="62" />
        <source>South China grid</source>
        <translation>南方电网</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="63" />
        <source>Southwest China grid</source>
        <translation>西南电网</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="77" />
        <source>Energy and carbon factors</source>
        <translation>能源与碳排放因子</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="92" />
        <source>Park's regional grid:</source>
        <translation>园区所在区域电网：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="97" />
        <source>Energy (tce) counts electricity at its equivalent value 0.1229 tce/MWh; the non-fossil and renewable shares count it as the coal used to generate it.</source>
        <translation>综合能耗按当量值（0.1229 吨标煤/兆瓦时）折算电力；非化石能源和可再生能源占比按发电煤耗法折算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="107" />
        <source>Meaning</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="108" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="109" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="110" />
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="111" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="136" />
        <source>Restore shipped values</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="188" />
        <source>Change energy and carbon factors</source>
        <translation>修改能源与碳排放因子</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="209" />
        <source>Thematic map class breaks</source>
        <translation>专题图分级</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="222" />
        <source>Colour firms by:</source>
        <translation>企业着色依据：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="224" />
        <source>Class breaks (increasing, 1 to 4):</source>
        <translation>分级界限（递增，1–4 个）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="282" />
        <source>Energy and carbon factors…</source>
        <translation>能源与碳排放因子…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="285" />
        <source>Conversion and emission factors with their sources; the park's grid</source>
        <translation>折标与排放因子及其来源；园区所在电网</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="296" />
        <source>Firms by sector (no thematic colours)</source>
        <translation>企业按行业显示（不着色）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="297" />
        <source>Colour firms by CO₂ per IAV</source>
        <translation>按单位工业增加值 CO₂ 排放为企业着色</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="298" />
        <source>Colour firms by energy per IAV</source>
        <translation>按单位工业增加值能耗为企业着色</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/carbon_dialogs.py" line="312" />
        <source>Thematic class breaks…</source>
        <translation>专题图分级…</translation>
    </message>
</context>
<context>
    <name>CarbonSavings</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/carbon_text.py" line="24" />
        <source>Replaced boilers save %1 tce of fuel, %2 t SO₂, %3 t NOx and %4 t CO₂ a year (net of the CHP's coal)</source>
        <translation>替代小锅炉每年节能 %1 吨标煤，减排 SO₂ %2 吨、氮氧化物 %3 吨、CO₂ %4 吨（已扣除热电厂增加的耗煤）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/carbon_text.py" line="34" />
        <source>reclaimed water saves %1 m³ of fresh water a year</source>
        <translation>再生水每年节约新鲜水 %1 立方米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/carbon_text.py" line="53" />
        <source>CO₂ &lt;b&gt;%1&lt;/b&gt; t/a (scope 1 %2, scope 2 %3); %4 t per 10⁴ RMB IAV; %5 t per tce</source>
        <translation>CO₂ 排放 &lt;b&gt;%1&lt;/b&gt; 吨/年（直接 %2，间接 %3）；单位工业增加值 %4 吨/万元；单位能耗 %5 吨/吨标煤</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="47" />
        <source>shape or place</source>
        <translation>形状或位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="64" />
        <source>Baseline vs plan changes</source>
        <translation>现状与规划对比</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="71" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="72" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="73" />
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="74" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="75" />
        <source>Changed fields</source>
        <translation>修改的字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="81" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="82" />
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="98" />
        <source>Baseline</source>
        <translation>现状基准</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="83" />
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="99" />
        <source>Plan</source>
        <translation>规划方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="93" />
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="94" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/change_table.py" line="176" />
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>新增 %1，删除 %2，修改 %3</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="81" />
        <source>Check park</source>
        <translation>园区检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="86" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="87" />
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="88" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="89" />
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="90" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="102" />
        <source>Double-click a problem to show it on the map</source>
        <translation>双击问题即可在地图上显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="106" />
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="108" />
        <source>Select the objects of this problem and zoom the map to them</source>
        <translation>选中此问题涉及的对象并将地图缩放到这些对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="111" />
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="112" />
        <source>Run the check again after fixing something</source>
        <translation>修改后重新运行检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="114" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="167" />
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="171" />
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="172" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n 个警告</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="173" />
        <source>%n error(s)</source>
        <translation><numerusform>%n 个错误</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="181" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/check_dialog.py" line="181" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="40" />
        <source>Share of each medium's demand served through pipelines of that medium (steam: or a higher grade) from a source with capacity left</source>
        <translation>各介质需求中，经由同介质管线（蒸汽：或更高品位）从尚有余量的热源满足的比例</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="45" />
        <source>% of demand served</source>
        <translation>需求满足比例 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="49" />
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="50" />
        <source>Demand</source>
        <translation>需求量</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="51" />
        <source>Served</source>
        <translation>已满足</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="52" />
        <source>Capacity</source>
        <translation>能力</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="53" />
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="59" />
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="66" />
        <source>All media: &lt;b&gt;%1&lt;/b&gt; of demand served; %2 small boiler replaced by connected supply</source>
        <translation>全部介质：需求满足 &lt;b&gt;%1&lt;/b&gt;；联网供应替代小锅炉 %2 台</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="71" />
        <source>All media: &lt;b&gt;%1&lt;/b&gt; of demand served; %2 small boilers replaced by connected supply</source>
        <translation>全部介质：需求满足 &lt;b&gt;%1&lt;/b&gt;；联网供应替代小锅炉 %2 台</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="106" />
        <source>%1 of %2 firms fully served</source>
        <translation>%2 家企业中 %1 家需求完全满足</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="115" />
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="117" />
        <source>%1 firms</source>
        <translation>%1 家企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="119" />
        <source>%1 facilities</source>
        <translation>%1 个设施</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/coverage_tab.py" line="129" />
        <source>share of firms within a facility's service radius; industrial land covered: %1</source>
        <translation>位于设施服务半径内的企业比例；覆盖的工业用地：%1</translation>
    </message>
</context>
<context>
    <name>CrsCandidateBox</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/crs_candidates.py" line="33" />
        <source>Propose CRSs from the coordinates</source>
        <translation>根据坐标推荐坐标系</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/crs_candidates.py" line="37" />
        <source>(no proposal yet)</source>
        <translation>（尚无推荐）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/crs_candidates.py" line="56" />
        <source>none fit these coordinates (check the units)</source>
        <translation>没有与这些坐标相符的坐标系（请检查单位）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/crs_candidates.py" line="58" />
        <source>choose a proposed CRS…</source>
        <translation>选择推荐的坐标系…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/crs_candidates.py" line="63" />
        <source> — %1 km from the park</source>
        <translation> — 距园区 %1 公里</translation>
    </message>
</context>
<context>
    <name>DeletePrompt</name>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="56" />
        <source>%1 symbiosis exchange(s) are deleted with it: %2</source>
        <translation>%1 条共生交换将随之删除：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="66" />
        <source>%1 %2 pipe(s) would be connected to no source: %3</source>
        <translation>%1 条%2管线将不再连接任何供应源：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="77" />
        <source>%1 firm(s) would lose their %2 supply: %3</source>
        <translation>%1 家企业将失去%2供应：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="88" />
        <source>%1 firm(s) would lose %2 service: %3</source>
        <translation>%1 家企业将失去%2服务：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="102" />
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="119" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="104" />
        <source>Other objects depend on %1:</source>
        <translation>以下对象依赖于%1：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="111" />
        <source>Delete with its %1 pipe(s)</source>
        <translation>连同其 %1 条管线一并删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="117" />
        <source>Delete only this</source>
        <translation>仅删除此对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="137" />
        <source>Note: it lies outside every zone, so it counts towards no zone (Ctrl+Z removes it)</source>
        <translation>注意：该企业不在任何功能分区内，不计入任何分区（按 Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="174" />
        <source>%1 with %2 pipe(s)</source>
        <translation>%1及其 %2 条管线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/delete_prompt.py" line="178" />
        <source>Nothing deleted</source>
        <translation>未删除任何对象</translation>
    </message>
</context>
<context>
    <name>DraftingActions</name>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="46" />
        <source>Select objects to copy</source>
        <translation>请选择要复制的对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="55" />
        <source>Copied %1 object(s)</source>
        <translation>已复制 %1 个对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="85" />
        <source>Select objects to duplicate</source>
        <translation>请选择要原位复制的对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="126" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="129" />
        <source>Copy the selected objects</source>
        <translation>复制所选对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="133" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="136" />
        <source>Paste copied objects with new ids in this park's numbering</source>
        <translation>粘贴复制的对象，按本园区编号规则赋新编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="142" />
        <source>D&amp;uplicate</source>
        <translation>复制副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="145" />
        <source>Copy the selection beside itself, with new ids</source>
        <translation>在旁边复制所选对象并赋新编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="151" />
        <source>&amp;Field calculator…</source>
        <translation>字段计算器(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="154" />
        <source>Set a field of many objects from an expression</source>
        <translation>按表达式批量设置字段值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="160" />
        <source>Baseline vs plan &amp;changes…</source>
        <translation>现状与规划对比(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="163" />
        <source>Objects added, removed and changed, and the indicators side by side with their difference</source>
        <translation>新增、删除和修改的对象，以及指标并列对比及差值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="171" />
        <source>Add &amp;basemap (orthophoto, tiles)…</source>
        <translation>添加底图（正射影像、瓦片）(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="174" />
        <source>Put a GeoTIFF orthophoto or an MBTiles / GeoPackage tile set under the plan (offline)</source>
        <translation>将 GeoTIFF 正射影像或 MBTiles / GeoPackage 瓦片置于规划图下（离线）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="182" />
        <source>Add scanned plan, place by &amp;clicks…</source>
        <translation>添加扫描图并点选配准(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="185" />
        <source>Put a scan in the middle of the view, then click points on it and on the map</source>
        <translation>将扫描图放在视图中央，再在图上和地图上点选对应点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="192" />
        <source>&amp;Underlays and basemaps…</source>
        <translation>底图与扫描图(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="195" />
        <source>Opacity, visibility and order of the images under the map</source>
        <translation>地图下方影像的透明度、显示与顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="201" />
        <source>&amp;Snapping options…</source>
        <translation>捕捉设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="204" />
        <source>Snapping tolerance, what attracts and which layers</source>
        <translation>捕捉容差、捕捉对象与图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="210" />
        <source>&amp;Georeference…</source>
        <translation>地理配准(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/drafting_actions.py" line="213" />
        <source>Place imported CAD or a scanned plan by control points clicked on the drawing and on the map</source>
        <translation>在图纸和地图上点选控制点，配准导入的 CAD 或扫描图</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../desktop/ecopark/ui/crash_handler.py" line="73" />
        <source>The details were written to %1.</source>
        <translation>详细信息已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/crash_handler.py" line="79" />
        <source>The details could not be written to a log file (%1).</source>
        <translation>详细信息无法写入日志文件（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/crash_handler.py" line="92" />
        <source>Your work was saved to %1.</source>
        <translation>您的工作已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/crash_handler.py" line="97" />
        <source>The automatic save failed (%1); save your project now.</source>
        <translation>自动保存失败（%1）；请立即保存项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/crash_handler.py" line="105" />
        <source>EcoPark Planner: unexpected error</source>
        <translation>生态园区规划器：意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/crash_handler.py" line="107" />
        <source>Something went wrong: %1

%2%3

You can go on working. Please send the log file to support.</source>
        <translation>出现错误：%1

%2%3

您可以继续工作。请将日志文件发送给技术支持。</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="29" />
        <source>fly ash</source>
        <translation>粉煤灰</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="30" />
        <source>slag</source>
        <translation>炉渣</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="31" />
        <source>desulphurisation gypsum</source>
        <translation>脱硫石膏</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="32" />
        <source>steam</source>
        <translation>蒸汽</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="33" />
        <source>waste heat</source>
        <translation>余热</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="34" />
        <source>treated wastewater</source>
        <translation>处理后废水</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="35" />
        <source>cooling water</source>
        <translation>冷却水</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="36" />
        <source>molasses</source>
        <translation>糖蜜</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="37" />
        <source>bagasse</source>
        <translation>甘蔗渣</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="38" />
        <source>waste diatomite</source>
        <translation>废硅藻土</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="39" />
        <source>scrap metal</source>
        <translation>废金属</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="40" />
        <source>sludge</source>
        <translation>污泥</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="48" />
        <source>Record exchange</source>
        <translation>记录共生交换</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="50" />
        <source>From &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>从 &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;到 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="56" />
        <source>What flows from the first object to the second (free text)</source>
        <translation>从第一个对象流向第二个对象的物料（自由填写）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="63" />
        <source>How much flows per unit of time, in the unit chosen below</source>
        <translation>单位时间的流量，单位在下方选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="67" />
        <source>Unit of the quantity</source>
        <translation>数量的单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="68" />
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="69" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="70" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/exchange_dialog.py" line="83" />
        <source>Enter the material first</source>
        <translation>请先填写物料</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/explain_view.py" line="23" />
        <source>&lt;b&gt;What is this?&lt;/b&gt;</source>
        <translation>&lt;b&gt;这是什么？&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/explain_view.py" line="29" />
        <source>Definition, formula, requirement, source and inputs of the clicked row</source>
        <translation>所点击行的定义、公式、要求、来源和输入数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/explain_view.py" line="42" />
        <source>Click a row of the indicator tables to see what it means, how it is computed and where this value comes from.</source>
        <translation>点击指标表中的一行，查看其含义、计算方法以及数值来源。</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="169" />
        <source>Export work plan</source>
        <translation>导出工作方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="172" />
        <source>work-plan</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="176" />
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="179" />
        <source>report</source>
        <translation>工作方案报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="290" />
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="321" />
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="291" />
        <source>map</source>
        <translation>规划图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="343" />
        <source>Work plan written: %1</source>
        <translation>工作方案已导出：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="352" />
        <source>Report written: %1</source>
        <translation>报告已写入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="373" />
        <source>Slide added: %1</source>
        <translation>已添加幻灯片：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="378" />
        <source>Export work plan…</source>
        <translation>导出工作方案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="381" />
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="383" />
        <source>Export map…</source>
        <translation>导出地图…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="385" />
        <source>Presentation</source>
        <translation>汇报模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="388" />
        <source>Add slide from current view</source>
        <translation>用当前视图添加幻灯片</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="391" />
        <source>Add baseline-versus-plan slide</source>
        <translation>添加现状与规划对比幻灯片</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="395" />
        <source>Excel work plan for the expert panel: targets, key projects, investment</source>
        <translation>供专家评审的 Excel 工作方案：目标、重点项目、投资</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="401" />
        <source>PDF report for the panel: overview, map, key projects, charts, symbiosis chains, cost-benefit, safeguards</source>
        <translation>供评审专家的 PDF 报告：概况、地图、重点项目、图表、共生链、成本效益、保障措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="408" />
        <source>Drawing sheet for the panel: A4 to A0, exact scale, title block, page per scenario</source>
        <translation>供专家评审的图纸：A4 至 A0、精确比例尺、图签、每个方案一页</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="415" />
        <source>Full-screen slides of the saved views; arrows step, S swipes, Esc leaves</source>
        <translation>全屏播放保存的视图；方向键翻页，S 卷帘对比，Esc 退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="425" />
        <source>Save the map's extent, visible layers and scenario as a presentation slide</source>
        <translation>将地图范围、可见图层和方案保存为汇报幻灯片</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="431" />
        <source>A slide showing the baseline beside the current scenario, with scorecards</source>
        <translation>现状基准与当前方案并排显示并附指标记分卡的幻灯片</translation>
    </message>
</context>
<context>
    <name>ExportLanguageBox</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_language.py" line="70" />
        <source>Chinese only</source>
        <translation>仅中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_language.py" line="71" />
        <source>Bilingual (Chinese and English)</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_language.py" line="72" />
        <source>English only</source>
        <translation>仅英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_language.py" line="75" />
        <source>The language of the exported file; codes (HJ 274, CTIP, CO₂) and unit symbols stay as they are</source>
        <translation>导出文件的语言；代码（HJ 274、CTIP、CO₂）和单位符号保持原样</translation>
    </message>
</context>
<context>
    <name>FieldCalculatorDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/field_calculator.py" line="33" />
        <source>Field calculator</source>
        <translation>字段计算器</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/field_calculator.py" line="39" />
        <source>e.g. iav_10k_rmb * 1.1</source>
        <translation>例如 iav_10k_rmb * 1.1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/field_calculator.py" line="40" />
        <source>Selected objects only</source>
        <translation>仅所选对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/field_calculator.py" line="43" />
        <source>Fields by name; $area, $length, $x, $y of the geometry; functions: %1</source>
        <translation>字段名直接引用；几何量 $area、$length、$x、$y；函数：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/field_calculator.py" line="51" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/field_calculator.py" line="52" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/field_calculator.py" line="53" />
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/field_calculator.py" line="98" />
        <source>%1 object(s) changed</source>
        <translation>已修改 %1 个对象</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="53" />
        <source>%1 must be a number; %2 is not one.</source>
        <translation>%1必须是数字，%2不是数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="55" />
        <source>%1 must be a number (not NaN).</source>
        <translation>%1必须是数字（不能是 NaN）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="56" />
        <source>%1 must be a finite number.</source>
        <translation>%1必须是有限的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="58" />
        <source>%1 cannot be negative (%2).</source>
        <translation>%1不能为负数（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="60" />
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1必须是整数，不能是 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="62" />
        <source>%1 cannot be empty: enter a number.</source>
        <translation>%1不能为空，请输入数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="64" />
        <source>%1 = %2 is implausibly large: check the unit.</source>
        <translation>%1 = %2，数值大得不合理，请检查单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="65" />
        <source>%1 cannot be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="66" />
        <source>%1 must be text.</source>
        <translation>%1必须是文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="68" />
        <source>%1 contains an invisible control character: remove it.</source>
        <translation>%1含有不可见的控制字符，请删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="71" />
        <source>%1 must be a fraction above 0 and at most 1, not %2.</source>
        <translation>%1必须是大于 0 且不超过 1 的小数，不能是 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="74" />
        <source>%1 must be 0 while the firm has no boiler of its own.</source>
        <translation>企业没有自备锅炉时，%1必须为 0。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="77" />
        <source>A firm cannot exchange with itself (%1).</source>
        <translation>企业不能与自身交换（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="79" />
        <source>%1 must be a year like 2025.</source>
        <translation>%1必须是年份，例如 2025。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="105" />
        <source>The id %1 is already in use.</source>
        <translation>编号 %1 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="110" />
        <source>%1: this value is not one of the allowed choices.</source>
        <translation>%1：该值不在允许的选项中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="117" />
        <source>%1 refers to an object that does not exist.</source>
        <translation>%1引用的对象不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="132" />
        <source>%1: this value is not accepted.</source>
        <translation>%1：该值无效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="135" />
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="136" />
        <source>The field is back to its last valid value (%1).</source>
        <translation>已恢复为上一个有效值（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/field_message.py" line="186" />
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>FileChanged</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="29" />
        <source>File changed by another program</source>
        <translation>文件已被其他程序修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="32" />
        <source>%1 was changed by another program (QGIS, for example) since you opened or last saved it. Saving now would overwrite those changes.</source>
        <translation>自您打开或上次保存 %1 以来，它已被其他程序（例如 QGIS）修改。现在保存将覆盖这些修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="41" />
        <source>Reload the file and re-apply your unsaved edits on top of it (edits that no longer apply are listed), save your version as a new file, or overwrite the other program's changes on purpose.</source>
        <translation>可以重新载入文件并在其上重新应用您未保存的编辑（不再适用的编辑会列出），或将您的版本另存为新文件，或有意覆盖其他程序的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="50" />
        <source>Reload and re-apply my edits</source>
        <translation>重新载入并重新应用我的编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="54" />
        <source>Save as a new file…</source>
        <translation>另存为新文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="58" />
        <source>Overwrite their changes</source>
        <translation>覆盖其他程序的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="89" />
        <source>Cannot re-apply the edits</source>
        <translation>无法重新应用编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="90" />
        <source>Your unsaved edits were not journaled; save them as a new file instead.</source>
        <translation>您未保存的编辑没有记入日志；请改为另存为新文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="101" />
        <source>Cannot reload %1</source>
        <translation>无法重新载入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="117" />
        <source>not journaled: %1</source>
        <translation>未记入日志：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="121" />
        <source>%1 edit(s) were re-applied on top of %2 as it is now; review and save.</source>
        <translation>已在 %2 的当前内容上重新应用 %1 项编辑；请检查后保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="129" />
        <source>Edits re-applied</source>
        <translation>编辑已重新应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="134" />
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="138" />
        <source>These no longer apply (the file keeps its value):</source>
        <translation>以下编辑不再适用（保留文件中的值）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/file_changed.py" line="143" />
        <source>Some edits no longer apply</source>
        <translation>部分编辑已不再适用</translation>
    </message>
</context>
<context>
    <name>FileExportDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="198" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>GeorefTool</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="75" />
        <source>Georeference</source>
        <translation>地理配准</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="84" />
        <source>Similarity (shift, turn, scale): CAD</source>
        <translation>相似变换（平移、旋转、缩放）：CAD</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="88" />
        <source>Affine (also stretch): scans</source>
        <translation>仿射变换（含拉伸）：扫描图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="92" />
        <source>drawing name, e.g. 总平面图.dxf</source>
        <translation>图纸名称，如 总平面图.dxf</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="98" />
        <source>Drawing x</source>
        <translation>图纸 x</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="99" />
        <source>Drawing y</source>
        <translation>图纸 y</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="100" />
        <source>Map x</source>
        <translation>地图 x</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="101" />
        <source>Map y</source>
        <translation>地图 y</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="102" />
        <source>Residual (m)</source>
        <translation>残差（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="110" />
        <source>Pick on drawing</source>
        <translation>在图纸上点选</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="111" />
        <source>Pick on map</source>
        <translation>在地图上点选</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="112" />
        <source>Remove point</source>
        <translation>删除控制点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="113" />
        <source>Use remembered</source>
        <translation>使用已保存配准</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="114" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="115" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="125" />
        <source>Place</source>
        <translation>配准对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="126" />
        <source>Fit</source>
        <translation>变换</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="127" />
        <source>Remember as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="132" />
        <source>Remembered placement</source>
        <translation>已保存的配准</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="160" />
        <source>Selected objects (%1)</source>
        <translation>所选对象（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="165" />
        <source>Image: %1</source>
        <translation>影像：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="198" />
        <source>Click the point on the drawing where it lies now</source>
        <translation>点击图纸上该点当前所在位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="202" />
        <source>Click where that point belongs on the map</source>
        <translation>点击该点在地图上应在的位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="275" />
        <source>Pick at least two points on the drawing and on the map</source>
        <translation>请在图纸和地图上至少点选两个控制点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="282" />
        <source>RMS %1 m, largest residual %2 m; scale %3, rotation %4°</source>
        <translation>中误差 %1 米，最大残差 %2 米；比例 %3，旋转 %4°</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="344" />
        <source>Place %1</source>
        <translation>配准 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/georef_tool.py" line="353" />
        <source>Georeference (%1 points, RMS %2 m)</source>
        <translation>地理配准（%1 个控制点，中误差 %2 米）</translation>
    </message>
</context>
<context>
    <name>GradesDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/grades_dock.py" line="40" />
        <source>Per-mu grades</source>
        <translation>亩均评价等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/grades_dock.py" line="44" />
        <source>Firms graded A-D by the percentile of a weighted score of IAV, tax, energy and emissions per mu and labour productivity (weights and cut-offs are editable data)</source>
        <translation>按亩均工业增加值、亩均税收、亩均能耗、亩均排放和全员劳动生产率的加权得分百分位将企业评为 A-D 级（权重和分档线为可编辑数据）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/grades_dock.py" line="55" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/grades_dock.py" line="55" />
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/grades_dock.py" line="55" />
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/grades_dock.py" line="58" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/grades_dock.py" line="93" />
        <source>A %1 · B %2 · C %3 · D %4 · not graded (no plot area) %5</source>
        <translation>A 级 %1 · B 级 %2 · C 级 %3 · D 级 %4 · 未评级（无用地面积）%5</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/grades_dock.py" line="106" />
        <source>grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/grades_dock.py" line="111" />
        <source>no plot area: not graded</source>
        <translation>无用地面积：未评级</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/grades_dock.py" line="114" />
        <source>not recorded (scores 0): %1</source>
        <translation>未填报（计 0 分）：%1</translation>
    </message>
</context>
<context>
    <name>Hj274Tab</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="54" />
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="55" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="56" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="57" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="58" />
        <source>Requirement</source>
        <translation>指标要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="59" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="69" />
        <source>HJ 274-2009 (2012) sector-integrated EIP checklist; 'entered' rows are values the planner typed, 'no data' rows cannot be derived yet: double-click their value to enter one (empty clears it)</source>
        <translation>HJ 274-2009（2012 年修订）综合类生态工业园区指标；“填报”行为规划人员输入的数值，“无数据”行暂无法推算：双击数值可填写（留空则清除）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="107" />
        <source>%1 pass, %2 fail, %3 without data (of %4 rows)</source>
        <translation>达标 %1，未达标 %2，无数据 %3（共 %4 项）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="115" />
        <source>; %1 of them entered by the planner (%2 pass, %3 fail)</source>
        <translation>；其中规划人员填报 %1 项（达标 %2，未达标 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="123" />
        <source>Entered values count as passing or failing by their value, like values from the map; the same rule is used by the slides, the PDF, the workbook and the CLI</source>
        <translation>填报值与地图计算值一样，按数值判定达标与否；演示幻灯片、PDF、工作簿和命令行采用同一规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="154" />
        <source> (entered)</source>
        <translation>（填报）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="141" />
        <source>Double-click to enter the value (empty clears it)</source>
        <translation>双击填写数值（留空则清除）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="181" />
        <source>%1: %2 is not a number</source>
        <translation>%1：%2 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="195" />
        <source>Enter value for indicator %1</source>
        <translation>填写指标 %1 的数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/hj274_tab.py" line="200" />
        <source>%1: value refused</source>
        <translation>%1：数值未被接受</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/indicator_common.py" line="32" />
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/indicator_common.py" line="33" />
        <source>fail</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/indicator_common.py" line="34" />
        <source>entered</source>
        <translation>填报</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/indicator_common.py" line="35" />
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="52" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="53" />
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="54" />
        <source>Geometry</source>
        <translation>几何类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="55" />
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="56" />
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="57" />
        <source>Kind / medium</source>
        <translation>类型 / 介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="58" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="61" />
        <source>inches</source>
        <translation>英寸</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="62" />
        <source>feet</source>
        <translation>英尺</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="63" />
        <source>miles</source>
        <translation>英里</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="64" />
        <source>millimetres</source>
        <translation>毫米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="65" />
        <source>centimetres</source>
        <translation>厘米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="66" />
        <source>metres</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="67" />
        <source>kilometres</source>
        <translation>千米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="68" />
        <source>yards</source>
        <translation>码</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="69" />
        <source>decimetres</source>
        <translation>分米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="70" />
        <source>decametres</source>
        <translation>十米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="71" />
        <source>hectometres</source>
        <translation>百米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="72" />
        <source>US survey feet</source>
        <translation>美国测量英尺</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="73" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="74" />
        <source>GEODATA</source>
        <translation>DXF 地理信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="75" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="76" />
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="77" />
        <source>MultiPoint</source>
        <translation>多点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="78" />
        <source>LineString</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="79" />
        <source>MultiLineString</source>
        <translation>多线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="80" />
        <source>Polygon</source>
        <translation>面</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="81" />
        <source>MultiPolygon</source>
        <translation>多面</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="82" />
        <source>GeometryCollection</source>
        <translation>几何集合</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="83" />
        <source>zones</source>
        <translation>功能分区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="84" />
        <source>firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="85" />
        <source>facilities</source>
        <translation>共享设施</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="86" />
        <source>pipelines</source>
        <translation>管线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="87" />
        <source>corridors</source>
        <translation>廊道</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="88" />
        <source>plots</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="111" />
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="115" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="119" />
        <source>as in the file</source>
        <translation>与文件一致</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="119" />
        <source>the file does not say: choose one</source>
        <translation>文件未说明：请选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="122" />
        <source>Source CRS:</source>
        <translation>源坐标系：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="131" />
        <source>(the drawing does not say: choose)</source>
        <translation>（图纸未说明：请选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="141" />
        <source>Drawing units:</source>
        <translation>图纸单位：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="143" />
        <source>Repair invalid geometries instead of leaving them out</source>
        <translation>修复无效几何图形而不是跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="147" />
        <source>Only buildings inside industrial land become firms</source>
        <translation>仅工业用地内的建筑导入为企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="152" />
        <source>Import features far from the park all the same</source>
        <translation>仍然导入远离园区的要素</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="154" />
        <source>Features more than 100 km from the park usually mean a wrong CRS or units</source>
        <translation>距园区超过 100 公里的要素通常意味着坐标系或单位有误</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="167" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="172" />
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="193" />
        <source>Park field</source>
        <translation>园区字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="193" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="197" />
        <source>Which column of the file fills each field of the park layer</source>
        <translation>园区图层的每个字段取自文件中的哪一列</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="242" />
        <source>Fields of %1: not imported</source>
        <translation>%1 的字段：不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="245" />
        <source>Fields of %1 (imported as %2):</source>
        <translation>%1 的字段（导入为%2）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="255" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="298" />
        <source>(from the file only)</source>
        <translation>（仅按文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="354" />
        <source>Field mapping: %1</source>
        <translation>字段映射：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="354" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="366" />
        <source>Will import %1 object(s)</source>
        <translation>将导入 %1 个对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="368" />
        <source>; %1 feature(s) left out. Target CRS: %2.</source>
        <translation>；%1 个要素未导入。目标坐标系：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="372" />
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="387" />
        <source>Import %1 object(s) from %2</source>
        <translation>从 %2 导入 %1 个对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/import_dialog.py" line="406" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/indicator_panel.py" line="41" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/indicator_panel.py" line="44" />
        <source>Live indicators of the scenario on screen; they follow every edit</source>
        <translation>当前显示方案的实时指标；随每次编辑更新</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../desktop/ecopark/ui/integrity_text.py" line="33" />
        <source>%1 %2 pipe(s) are connected to no source: %3</source>
        <translation>%1 条%2管线未连接任何供应源：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/integrity_text.py" line="41" />
        <source>%1 of %2 demand (firms %3) is on a network that reaches no source</source>
        <translation>%1 的%2需求（企业 %3）所在管网未连接任何供应源</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/integrity_text.py" line="50" />
        <source>Facility %1 supplies %2 but touches no %2 pipe</source>
        <translation>设施 %1 供应%2，但未连接任何%2管线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/integrity_text.py" line="58" />
        <source>Firm %1 lies outside every zone and counts towards no zone</source>
        <translation>企业 %1 不在任何功能分区内，不计入任何分区</translation>
    </message>
</context>
<context>
    <name>LabelSettingsDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/label_settings.py" line="49" />
        <source>Label settings: %1</source>
        <translation>标注设置：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/label_settings.py" line="50" />
        <source>Label this layer</source>
        <translation>标注此图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/label_settings.py" line="62" />
        <source>White halo behind the text</source>
        <translation>文字加白色光晕</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/label_settings.py" line="66" />
        <source>Label with</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/label_settings.py" line="67" />
        <source>Font size on screen</source>
        <translation>屏幕字号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/label_settings.py" line="100" />
        <source>Label settings</source>
        <translation>标注设置</translation>
    </message>
</context>
<context>
    <name>LandOutputTab</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="53" />
        <source>Land output = IAV of firms on industrial land / industrial land area (10⁸ RMB/km²); HJ 274-2009 row 2.1 requires at least 9</source>
        <translation>地均产出 = 工业用地上企业的工业增加值 / 工业用地面积（亿元/平方公里）；HJ 274-2009 第 2.1 项要求不低于 9</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="58" />
        <source>land output, 10⁸ RMB/km²</source>
        <translation>土地产出率，亿元/平方公里</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="61" />
        <source>Land output per zone; green meets HJ 274 (≥ 9), red does not, grey is not industrial land</source>
        <translation>各分区土地产出率；绿色达到 HJ 274（≥ 9），红色未达到，灰色为非工业用地</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="69" />
        <source>Zone</source>
        <translation>功能分区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="70" />
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="86" />
        <source>Land output</source>
        <translation>土地产出率</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="72" />
        <source>Area km²</source>
        <translation>面积 km²</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="73" />
        <source>IAV 10⁴ RMB</source>
        <translation>工业增加值（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="74" />
        <source>IAV/mu</source>
        <translation>亩均工业增加值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="75" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="79" />
        <source>Land output 10⁸ RMB/km²; IAV per mu of firm plots 10⁴ RMB/mu</source>
        <translation>土地产出率（亿元/平方公里）；企业地块亩均工业增加值（万元/亩）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="108" />
        <source>meets</source>
        <translation>达到</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="108" />
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="108" />
        <source>not judged:</source>
        <translation>无法判定：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="112" />
        <source>Park: &lt;b&gt;%1&lt;/b&gt; ×10⁸ RMB/km² on %2 km² of industrial land — %3 HJ 274 (≥ %4)</source>
        <translation>园区：&lt;b&gt;%1&lt;/b&gt; 亿元/平方公里（工业用地 %2 平方公里）— %3 HJ 274 要求（≥ %4）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="122" />
        <source> no industrial land</source>
        <translation>（无工业用地）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="125" />
        <source>&lt;br&gt;Zones overlap: %1 km² of shared land counted once.</source>
        <translation>&lt;br&gt;功能分区重叠：%1 平方公里的共用土地只计一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="166" />
        <source>fail (short by %1)</source>
        <translation>未达标（差 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="159" />
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="145" />
        <source>The %1 zones lowest in land output, of %2 (all in the table)</source>
        <translation>地均产出最低的 %1 个功能分区（共 %2 个，全部见下表）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="159" />
        <source>fail</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/land_output_tab.py" line="159" />
        <source>not industrial</source>
        <translation>非工业用地</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../desktop/ecopark/ui/app.py" line="123" />
        <source>Cannot open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
</context>
<context>
    <name>LayerMenu</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layer_menu.py" line="73" />
        <source>Zoom to layer</source>
        <translation>缩放至图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layer_menu.py" line="80" />
        <source>Label settings…</source>
        <translation>标注设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layer_menu.py" line="84" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layer_menu.py" line="95" />
        <source>Opacity, visibility and order…</source>
        <translation>透明度、显示与顺序…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layer_menu.py" line="99" />
        <source>Add basemap…</source>
        <translation>添加底图…</translation>
    </message>
</context>
<context>
    <name>LayerTableModel</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="73" />
        <source>Area (km²)</source>
        <translation>面积（km²）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="75" />
        <source>Length (m)</source>
        <translation>长度（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="161" />
        <source>%1 — field %2</source>
        <translation>%1 — 字段 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/attribute_table.py" line="165" />
        <source>Computed from the geometry (read only)</source>
        <translation>由几何图形计算（只读）</translation>
    </message>
</context>
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="42" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="44" />
        <source>Show, hide and lock layers; the styles in use are listed</source>
        <translation>显示、隐藏和锁定图层；并列出所用样式</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="50" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="50" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="55" />
        <source>Show labels</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="57" />
        <source>Names of zones, firms and facilities on the map</source>
        <translation>在地图上显示功能分区、企业和设施的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="68" />
        <source>Tick to show this layer on the map</source>
        <translation>勾选以在地图上显示此图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="71" />
        <source>Tick to protect this layer from edits on the map</source>
        <translation>勾选以防止在地图上编辑此图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="178" />
        <source>Underlays</source>
        <translation>底图</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/legend_dock.py" line="20" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/legend_dock.py" line="22" />
        <source>What the colours and symbols on the map stand for</source>
        <translation>地图上颜色和符号的含义</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/legend_dock.py" line="57" />
        <source>Firm size (IAV)</source>
        <translation>企业规模（工业增加值）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ecopark/ui/feature_entries.py" line="27" />
        <source>Optimise</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/feature_entries.py" line="28" />
        <source>Presentation</source>
        <translation>汇报模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="405" />
        <source>Cursor position in the project's CRS (metres)</source>
        <translation>光标在项目坐标系中的位置（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="408" />
        <source>Coordinate reference system of the project</source>
        <translation>项目的坐标参照系</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="410" />
        <source>Scenario shown on the map</source>
        <translation>地图上显示的方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="514" />
        <source>EcoPark Planner</source>
        <translation>生态园区规划器</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="525" />
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="526" />
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="539" />
        <source>Scenario: %1 (%2, %3)</source>
        <translation>方案：%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="561" />
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/edit_commands.py" line="53" />
        <source>Delete %1 object(s)</source>
        <translation>删除 %1 个对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="582" />
        <source>&amp;Copy to new plan…</source>
        <translation>复制为新规划方案(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="585" />
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="587" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="135" />
        <source>Cannot create the park</source>
        <translation>无法创建园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="141" />
        <source>New park “%1” in %2: draw zones to start</source>
        <translation>新园区“%1”（%2）：请先绘制功能分区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="162" />
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="171" />
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="206" />
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="215" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="238" />
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="242" />
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="57" />
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭前是否保存对“%1”的修改？</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="67" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="76" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="91" />
        <source>Import into the scenario on screen</source>
        <translation>导入到当前显示的方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/file_controller.py" line="93" />
        <source>GIS and CAD files (%1)</source>
        <translation>GIS 和 CAD 文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/recovery_controller.py" line="87" />
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="680" />
        <source>About EcoPark Planner</source>
        <translation>关于生态园区规划器</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="682" />
        <source>&lt;b&gt;EcoPark Planner %1&lt;/b&gt;&lt;br&gt;Offline planning of eco-industrial parks: zones, firms, shared infrastructure and symbiosis, with land output, coverage, the space-optimization score and the HJ 274-2009 evaluation updated live.</source>
        <translation>&lt;b&gt;生态园区规划器 %1&lt;/b&gt;&lt;br&gt;离线的生态工业园区规划工具：功能分区、企业、共享基础设施与产业共生，土地产出率、基础设施共享覆盖率、空间优化评分和 HJ 274-2009 评价实时更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="673" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/recovery_controller.py" line="148" />
        <source>Edits are not journaled (%1); save often.</source>
        <translation>编辑未写入崩溃日志（%1）；请经常保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/feature_entries.py" line="52" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/feature_entries.py" line="55" />
        <source>Add zones, firms, pipelines... from a GeoPackage, GeoJSON, Shapefile or DXF file</source>
        <translation>从 GeoPackage、GeoJSON、Shapefile 或 DXF 文件添加功能分区、企业、管线等</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/feature_entries.py" line="66" />
        <source>Add scanned &amp;plan under the map…</source>
        <translation>在地图下方添加扫描规划图(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/feature_entries.py" line="69" />
        <source>Place a scanned master plan (PNG, JPEG, TIFF) under the map by control points</source>
        <translation>通过控制点将扫描的总体规划图（PNG、JPEG、TIFF）配准到地图下方</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/feature_entries.py" line="86" />
        <source>&amp;Check park…</source>
        <translation>园区检查(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/feature_entries.py" line="89" />
        <source>List overlapping zones, ids used twice and broken exchanges, and show each on the map</source>
        <translation>列出重叠的功能分区、重复的编号和失效的共生交换，并在地图上逐一显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/feature_entries.py" line="104" />
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/feature_entries.py" line="107" />
        <source>Language, default coordinate system, autosave, area unit</source>
        <translation>界面语言、默认坐标系、自动保存、面积单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="303" />
        <source>S&amp;ymbiosis network…</source>
        <translation>共生网络(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="306" />
        <source>Flow diagram, by-product balances, chains, key-plant withdrawal and match suggestions</source>
        <translation>桑基图、副产品平衡、共生链、关键企业退出分析与匹配建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/install.py" line="37" />
        <source>Network &amp;pressure map</source>
        <translation>管网压力图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/install.py" line="41" />
        <source>Colour steam and hot-water pipes by pressure and mark each consumer with its pressure margin</source>
        <translation>按压力为蒸汽和热水管线着色，并标出各用户的压力裕量</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/indicator_features.py" line="56" />
        <source>&amp;Work plan…</source>
        <translation>工作方案(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/indicator_features.py" line="59" />
        <source>Key projects with years, investment and subsidy; safeguard measures</source>
        <translation>重点项目的年份、投资与补贴；保障措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/indicator_features.py" line="66" />
        <source>&amp;Targets…</source>
        <translation>目标(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/indicator_features.py" line="69" />
        <source>The plan's targets and the share met (second subsidy tranche)</source>
        <translation>规划方案的目标及达成比例（第二笔补助资金）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/indicator_features.py" line="76" />
        <source>Per-mu &amp;grades…</source>
        <translation>亩均评价等级(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/indicator_features.py" line="79" />
        <source>Firms graded A-D by their per-mu figures</source>
        <translation>按亩均指标将企业评为 A-D 级</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/indicator_features.py" line="84" />
        <source>Colour firms by per-mu &amp;grade</source>
        <translation>按亩均等级为企业着色(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/indicator_features.py" line="87" />
        <source>Draw each firm as a disc coloured by its grade</source>
        <translation>将每家企业绘制为按等级着色的圆点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/indicator_features.py" line="103" />
        <source>Per-mu grade</source>
        <translation>亩均等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/install.py" line="38" />
        <source>Previous &amp;year</source>
        <translation>上一年(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/install.py" line="41" />
        <source>Show the park one year earlier (timeline)</source>
        <translation>显示早一年的园区（时间轴）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/install.py" line="45" />
        <source>Next y&amp;ear</source>
        <translation>下一年(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/install.py" line="48" />
        <source>Show the park one year later (timeline)</source>
        <translation>显示晚一年的园区（时间轴）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/install.py" line="54" />
        <source>&amp;Phasing and progress…</source>
        <translation>分期实施与进展(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/install.py" line="57" />
        <source>Targets by milestone year and the annual progress report</source>
        <translation>分年度目标与年度进展报告</translation>
    </message>
<message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="121" />
        <source>&amp;New park…</source>
        <translation>新建园区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="121" />
        <source>Start an empty park</source>
        <translation>新建空白园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="125" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="128" />
        <source>Open a project file (.gpkg)</source>
        <translation>打开项目文件（.gpkg）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="131" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="131" />
        <source>Save the project to its file</source>
        <translation>保存项目到当前文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="135" />
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="138" />
        <source>Save the project to another file</source>
        <translation>将项目保存为另一个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="142" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="145" />
        <source>Close the window (asks about unsaved changes)</source>
        <translation>关闭窗口（有未保存的修改时会询问）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="148" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="148" />
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="152" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="155" />
        <source>Redo the edit undone last</source>
        <translation>重做上一次撤销的编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="162" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="165" />
        <source>Delete the selected objects (Del); their exchanges go with them</source>
        <translation>删除所选对象（Del）；相关的共生交换一并删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="169" />
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="172" />
        <source>Select every object of the visible, unlocked layers</source>
        <translation>选择所有可见且未锁定图层中的对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="176" />
        <source>Zoom to &amp;park</source>
        <translation>缩放至园区(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="179" />
        <source>Show the whole park</source>
        <translation>显示整个园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="183" />
        <source>Zoom to &amp;selection</source>
        <translation>缩放至所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="186" />
        <source>Show the selected objects</source>
        <translation>显示所选对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="190" />
        <source>Show &amp;labels</source>
        <translation>显示标注(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="193" />
        <source>Names of zones, firms and facilities on the map</source>
        <translation>在地图上显示功能分区、企业和设施的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="199" />
        <source>Show symbiosis &amp;exchanges</source>
        <translation>显示共生交换(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="202" />
        <source>Arrows for the material and energy exchanges between firms</source>
        <translation>企业间物质与能量交换的箭头</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="208" />
        <source>&amp;Reset window layout</source>
        <translation>重置窗口布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="211" />
        <source>Put the toolbars and docks back where they were at first start</source>
        <translation>将工具栏和面板恢复到初始位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="215" />
        <source>&amp;About EcoPark Planner</source>
        <translation>关于生态园区规划器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="218" />
        <source>Version and licence</source>
        <translation>版本与许可</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="222" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="225" />
        <source>The keys of every tool and command</source>
        <translation>各工具和命令的快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="231" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="234" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="245" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="252" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="259" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="260" />
        <source>&amp;Toolbars</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="263" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="264" />
        <source>&amp;Scenario</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="266" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="283" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="300" />
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="310" />
        <source>Drawing options</source>
        <translation>绘图选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="313" />
        <source>Kind of the zones you draw next</source>
        <translation>接下来绘制的功能分区类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="315" />
        <source>Medium of the pipelines you draw next</source>
        <translation>接下来绘制的管线介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="319" />
        <source>Kind of the shared facilities you place next</source>
        <translation>接下来放置的共享设施类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="323" />
        <source>Zone kind</source>
        <translation>功能分区类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="324" />
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="325" />
        <source>Facility</source>
        <translation>共享设施</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../desktop/ecopark/ui/canvas/map_canvas.py" line="242" />
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/canvas/map_canvas.py" line="245" />
        <source>The %1 tool failed (%2); please report this</source>
        <translation>%1 工具出错（%2）；请报告此问题</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="68" />
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="73" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="74" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="78" />
        <source>Indicator scorecard beside the map</source>
        <translation>在地图旁显示指标记分卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="80" />
        <source>Only what the map shows now (extent and layers)</source>
        <translation>仅当前地图显示的内容（范围和图层）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="82" />
        <source>Include underlays (scanned plans)</source>
        <translation>包含底图（扫描规划图）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="85" />
        <source>Park, scenario and year</source>
        <translation>园区、方案和年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="88" />
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="89" />
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="90" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="91" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="92" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>MapTool</name>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/delete.py" line="22" />
        <source>Nothing to delete (locked layers cannot be changed)</source>
        <translation>没有可删除的对象（锁定图层不能修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/delete.py" line="41" />
        <location filename="../../desktop/ecopark/ui/tools/move.py" line="120" />
        <source>%1 objects</source>
        <translation>%1 个对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/delete.py" line="46" />
        <source> and %1 exchange(s)</source>
        <translation>及 %1 条共生交换</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/delete.py" line="52" />
        <source>Delete %1%2</source>
        <translation>删除 %1%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/delete.py" line="58" />
        <source>Deleted %1%2. Ctrl+Z brings it back</source>
        <translation>已删除 %1%2。按 Ctrl+Z 可恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/delete.py" line="68" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/delete.py" line="71" />
        <source>Deletes the selection at once; with nothing selected, click objects to delete them. Exchanges of a deleted firm or facility are deleted with it (Ctrl+Z undoes)</source>
        <translation>立即删除所选对象；未选择时，单击对象即可删除。被删除企业或设施的共生交换一并删除（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/delete.py" line="77" />
        <source>Click an object to delete it (its exchanges go with it)</source>
        <translation>单击对象将其删除（其共生交换一并删除）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/delete.py" line="98" />
        <source>Nothing there to delete. </source>
        <translation>此处没有可删除的对象。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_pipeline.py" line="20" />
        <source>Draw pipeline</source>
        <translation>绘制管线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_pipeline.py" line="23" />
        <source>Click along the pipe route from source to consumer; double-click or Enter finishes, Backspace removes the last point, Esc cancels. Points snap to firms, facilities and pipes of the same medium. The medium is chosen in the toolbar; pipes drawn in a plan scenario are planned. Or press Tab and type two ids (S1 F3): a pipe between them along an orthogonal route.</source>
        <translation>沿管线走向从热源（供应方）单击到用户；双击或按 Enter 结束，Backspace 删除上一个点，Esc 取消。点会捕捉企业、设施和同介质管线。介质在工具栏中选择；在规划方案中绘制的管线为规划管线。也可按 Tab 后输入两个编号（S1 F3）：沿正交路线在两者之间绘制管线。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_pipeline.py" line="37" />
        <source>Draw a %1 pipeline: click its start (snaps to a firm, facility or %1 pipe)</source>
        <translation>绘制%1管线：单击起点（捕捉企业、设施或%1管线）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_pipeline.py" line="61" />
        <source>Not added: the pipeline has no length</source>
        <translation>未添加：管线长度为零</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_pipeline.py" line="79" />
        <source>Draw %1 pipeline %2</source>
        <translation>绘制%1管线 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_pipeline.py" line="91" />
        <source>, joined to %1</source>
        <translation>，连接到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_pipeline.py" line="92" />
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_pipeline.py" line="95" />
        <source>, ends not joined to anything</source>
        <translation>，端点未连接任何对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_pipeline.py" line="96" />
        <source>Pipeline %1 added (%2 m, %3%4). Click to draw another</source>
        <translation>已添加管线 %1（%2 米，%3%4）。单击可继续绘制</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_zone.py" line="21" />
        <source>Draw zone</source>
        <translation>绘制功能分区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_zone.py" line="24" />
        <source>Click the corners of a functional zone; double-click or Enter finishes, Backspace removes the last corner, Esc cancels. Corners snap to existing zone vertices and edges. The zone kind is chosen in the toolbar.</source>
        <translation>依次单击功能分区的角点；双击或按 Enter 结束，Backspace 删除上一个角点，Esc 取消。角点会捕捉已有分区的节点和边。分区类型在工具栏中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_zone.py" line="36" />
        <source>Draw a %1 zone: click its first corner (the kind is chosen in the toolbar)</source>
        <translation>绘制%1：单击第一个角点（类型在工具栏中选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_zone.py" line="57" />
        <source>Not added: the outline crosses itself (%1). Press Backspace to remove corners and click them again, or Esc to cancel</source>
        <translation>未添加：轮廓自相交（%1）。按 Backspace 删除角点后重新单击，或按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_zone.py" line="68" />
        <source>Not added: zone kind %1 is not declared in this park</source>
        <translation>未添加：本园区未定义分区类型 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_zone.py" line="81" />
        <source>Draw zone %1 (%2)</source>
        <translation>绘制分区 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/draw_zone.py" line="86" />
        <source>Zone %1 added (%2 ha). Click to draw another</source>
        <translation>已添加分区 %1（%2 公顷）。单击可继续绘制</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="25" />
        <source>Edit vertices</source>
        <translation>编辑节点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="28" />
        <source>Click a zone, pipeline, plot or corridor to show its vertices; drag a vertex to move it (snaps to other features), double-click an edge to insert a vertex, click a vertex and press Delete to remove it</source>
        <translation>单击功能分区、管线、地块或廊道以显示其节点；拖动节点可移动（捕捉其他要素），双击边可插入节点，选中节点后按 Delete 删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="35" />
        <source>Click a zone, pipeline, plot or corridor to edit its vertices</source>
        <translation>单击功能分区、管线、地块或廊道以编辑其节点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="68" />
        <source>Editing %1: drag a vertex, double-click an edge to add one, click a vertex then Delete to remove it; Esc stops</source>
        <translation>正在编辑 %1：拖动节点；双击边可添加节点；选中节点后按 Delete 删除；Esc 结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="147" />
        <source>Move vertex of %1</source>
        <translation>移动 %1 的节点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="158" />
        <source>Double-click on an edge of the outline to insert a vertex</source>
        <translation>双击轮廓的边以插入节点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="166" />
        <source>Insert vertex in %1</source>
        <translation>在 %1 中插入节点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="180" />
        <source>3 corners</source>
        <translation>3 个角点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="182" />
        <source>2 points</source>
        <translation>2 个点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="184" />
        <source>Cannot remove: the outline needs at least %1</source>
        <translation>无法删除：轮廓至少需要 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="189" />
        <source>Delete vertex of %1</source>
        <translation>删除 %1 的节点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/edit_vertices.py" line="212" />
        <source>Not changed: the outline would cross itself</source>
        <translation>未修改：轮廓将自相交</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/measure.py" line="61" />
        <source>%1. Click the next point; double-click or Enter ends; Backspace removes the last point; Esc clears</source>
        <translation>%1。单击下一个点；双击或 Enter 结束；Backspace 删除上一个点；Esc 清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/measure.py" line="74" />
        <source>%1. Click to start a new measurement</source>
        <translation>%1。单击开始新的量测</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/measure.py" line="85" />
        <source>Measure distance</source>
        <translation>量测距离</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/measure.py" line="88" />
        <source>Click points to measure the distance along them (snaps to features); Esc clears</source>
        <translation>依次单击各点量测沿线距离（捕捉要素）；Esc 清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/measure.py" line="91" />
        <source>Measure distance: click the first point</source>
        <translation>量测距离：单击第一个点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/measure.py" line="98" />
        <source>Distance %1</source>
        <translation>距离 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/measure.py" line="103" />
        <source>Measure area</source>
        <translation>量测面积</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/measure.py" line="106" />
        <source>Click the corners of an area to measure it in m², ha and mu (亩); Esc clears</source>
        <translation>依次单击区域的角点，以平方米、公顷和亩量测面积；Esc 清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/measure.py" line="109" />
        <source>Measure area: click the first corner</source>
        <translation>量测面积：单击第一个角点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/measure.py" line="117" />
        <source>Area %1</source>
        <translation>面积 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/move.py" line="29" />
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/move.py" line="32" />
        <source>Drag an object, or the selection, to a new place; pipeline ends attached to a moved firm or facility follow it. Esc cancels a drag</source>
        <translation>将对象或所选对象拖到新位置；连接在被移动企业或设施上的管线端点随之移动。Esc 取消拖动</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/move.py" line="38" />
        <source>Drag an object (or the selection) to move it</source>
        <translation>拖动对象（或所选对象）以移动</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/move.py" line="52" />
        <source>Nothing movable there. </source>
        <translation>此处没有可移动的对象。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/move.py" line="89" />
        <source>Moving %1 object(s) by %2 m</source>
        <translation>正在移动 %1 个对象，距离 %2 米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/move.py" line="126" />
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/move.py" line="133" />
        <source>; %1 attached pipeline end(s) followed</source>
        <translation>；%1 个相连的管线端点随之移动</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/move.py" line="139" />
        <source>Moved %1 by %2 m%3</source>
        <translation>已将 %1 移动 %2 米%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/move.py" line="173" />
        <source>Move cancelled. </source>
        <translation>已取消移动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/pan.py" line="14" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/pan.py" line="17" />
        <source>Drag the map with the left button. With any tool: middle-drag or Space+drag pans, the wheel zooms about the cursor, arrow keys pan</source>
        <translation>用左键拖动地图。使用任何工具时：中键拖动或按住空格拖动可平移，滚轮以光标为中心缩放，方向键平移</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/pan.py" line="23" />
        <source>Drag to pan; wheel zooms about the cursor</source>
        <translation>拖动以平移；滚轮以光标为中心缩放</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/place_facility.py" line="20" />
        <source>Place facility</source>
        <translation>放置共享设施</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/place_facility.py" line="23" />
        <source>Click where a shared facility (CHP, WWTP, reclaimed-water plant...) stands; its kind is chosen in the toolbar, its capacities in the Properties dock</source>
        <translation>单击共享设施（热电联产、污水处理厂、再生水厂等）所在位置；类型在工具栏中选择，能力在属性面板中填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/place_facility.py" line="32" />
        <source>Click where the %1 stands (the kind is chosen in the toolbar)</source>
        <translation>单击%1所在位置（类型在工具栏中选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/place_facility.py" line="51" />
        <source>Place facility %1</source>
        <translation>放置设施 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/place_facility.py" line="55" />
        <source>Facility %1 placed (%2): enter its capacities in the Properties dock. Click to place another</source>
        <translation>已放置设施 %1（%2）：请在属性面板中填写其能力。单击可继续放置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/place_firm.py" line="21" />
        <source>Place firm</source>
        <translation>放置企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/place_firm.py" line="24" />
        <source>Click where a firm stands; it is added as 'New firm' (sector other) and selected so you can enter its name, sector, IAV and flows in the Properties dock</source>
        <translation>单击企业所在位置；将添加为“新企业”（行业：其他）并被选中，可在属性面板中填写名称、行业、工业增加值和物质能量流</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/place_firm.py" line="29" />
        <source>Click where the firm stands</source>
        <translation>单击企业所在位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/place_firm.py" line="42" />
        <source>Place firm %1</source>
        <translation>放置企业 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/place_firm.py" line="46" />
        <source>Firm %1 placed: enter its attributes in the Properties dock. Click to place another</source>
        <translation>已放置企业 %1：请在属性面板中填写其属性。单击可继续放置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="23" />
        <source>Record exchange</source>
        <translation>记录共生交换</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="26" />
        <source>Click the firm or facility a material or energy flow comes from, then the one it goes to, then enter the material, quantity and unit (e.g. fly ash 30,000 t/a). Or press Tab and type both ids (S1 F3)</source>
        <translation>先单击物质或能量流的来源企业或设施，再单击去向，然后填写物料、数量和单位（例如粉煤灰 30,000 t/a）。也可按 Tab 后输入两端编号（S1 F3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="32" />
        <source>Click the firm or facility the flow comes from</source>
        <translation>单击物质流来源的企业或设施</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="51" />
        <source>Click on a firm or facility. </source>
        <translation>请单击企业或设施。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="64" />
        <source>From %1: click the firm or facility it goes to (Esc cancels)</source>
        <translation>来源 %1：单击去向企业或设施（Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="71" />
        <source>An exchange needs two different ends: click the receiving one</source>
        <translation>共生交换需要两个不同的端点：请单击接收方</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="102" />
        <source>No exchange recorded. </source>
        <translation>未记录共生交换。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="119" />
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="123" />
        <source>Record exchange %1 → %2 (%3)</source>
        <translation>记录共生交换 %1 → %2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="133" />
        <source>Exchange %1 recorded: %2 %3 %4 from %5 to %6. </source>
        <translation>已记录共生交换 %1：%2 %3 %4，从 %5 到 %6。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/record_exchange.py" line="147" />
        <location filename="../../desktop/ecopark/ui/tools/sketch.py" line="107" />
        <source>Cancelled. </source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/select.py" line="17" />
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/select.py" line="20" />
        <source>Click an object to select it (click again to pick the one beneath); drag a box to select what it touches (zones: what it contains); Shift adds to the selection; Delete removes the selection; Esc clears it</source>
        <translation>单击对象以选择（再次单击选择下方对象）；拖框选择与框相交的对象（功能分区：框内包含的对象）；Shift 加选；Delete 删除所选；Esc 取消选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/select.py" line="27" />
        <source>Click an object or drag a box to select; Shift adds to the selection</source>
        <translation>单击对象或拖框选择；按住 Shift 可加选</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/edit_commands.py" line="27" />
        <location filename="../../desktop/ecopark/ui/tools/select.py" line="79" />
        <source>%1 object(s) selected</source>
        <translation>已选择 %1 个对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/sketch.py" line="43" />
        <source>%1 vertex(es). Click the next vertex; double-click, Enter or right-click finishes; Backspace removes the last vertex; Esc cancels</source>
        <translation>已有 %1 个节点。单击下一个节点；双击、Enter 或右键结束；Backspace 删除上一个节点；Esc 取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/sketch.py" line="128" />
        <source>Nothing to remove. </source>
        <translation>没有可删除的节点。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/tools/sketch.py" line="155" />
        <source>Needs at least %1 vertices; click more (Esc cancels)</source>
        <translation>至少需要 %1 个节点；请继续单击（Esc 取消）</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="39" />
        <source>Rows that need attention</source>
        <translation>需要处理的数据行</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="46" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="46" />
        <source>Feature id</source>
        <translation>要素编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="46" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="46" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="47" />
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="54" />
        <source>Fix…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="55" />
        <source>Delete row</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="70" />
        <source>%1 row(s) of the file could not be read and were set aside; the rest of the project is open. They are kept in the file until you fix or delete them.</source>
        <translation>文件中有 %1 行无法读取，已暂时搁置；项目其余部分已打开。在您修正或删除之前，这些行会保留在文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="103" />
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="126" />
        <source>Fix a row</source>
        <translation>修正数据行</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/attention_dialog.py" line="104" />
        <source>%1 %2, field %3 (stored: %4):</source>
        <translation>%1 %2，字段 %3（文件中的值：%4）：</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="68" />
        <source>Map colours</source>
        <translation>地图着色</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="71" />
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="72" />
        <source>Pressure</source>
        <translation>压力</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="73" />
        <source>Velocity against its limit</source>
        <translation>流速与限值之比</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="78" />
        <source>Colour the steam and hot-water pipes by pressure or by velocity, and mark each consumer with its pressure margin</source>
        <translation>按压力或流速为蒸汽和热水管线着色，并标出各用户的压力裕量</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="86" />
        <source>Size pipes…</source>
        <translation>管径计算…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="89" />
        <source>Propose the smallest standard DN for each pipe that keeps within the velocity limits and gives every consumer its pressure</source>
        <translation>为每条管线推荐满足流速限值且保证各用户压力的最小标准管径</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="101" />
        <source>Consumer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="101" />
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="106" />
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="101" />
        <source>Needs, MPa</source>
        <translation>所需压力，MPa</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="102" />
        <source>Delivered, MPa</source>
        <translation>到达压力，MPa</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="102" />
        <source>Temperature, °C</source>
        <translation>温度，°C</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="102" />
        <source>Margin, MPa</source>
        <translation>裕量，MPa</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="103" />
        <source>Superheat, K</source>
        <translation>过热度，K</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="103" />
        <source>Condensate, t/h</source>
        <translation>凝结水，t/h</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="103" />
        <source>Served</source>
        <translation>已满足</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="106" />
        <source>Pipeline</source>
        <translation>管线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="106" />
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="106" />
        <source>Length, m</source>
        <translation>长度，m</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="107" />
        <source>Flow, t/h</source>
        <translation>流量，t/h</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="107" />
        <source>Velocity, m/s</source>
        <translation>流速，m/s</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="107" />
        <source>Limit, m/s</source>
        <translation>限值，m/s</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="108" />
        <source>Pressure drop, MPa</source>
        <translation>压降，MPa</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="108" />
        <source>Outlet, MPa</source>
        <translation>出口压力，MPa</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="108" />
        <source>Outlet, °C</source>
        <translation>出口温度，°C</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="109" />
        <source>Heat loss, kW</source>
        <translation>散热损失，kW</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="117" />
        <source>Networks</source>
        <translation>管网</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="133" />
        <source>The networks could not be solved: %1</source>
        <translation>管网无法求解：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="140" />
        <source>%n network(s) solved</source>
        <translation><numerusform>已求解 %n 个管网</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="141" />
        <source>%1 of %2 consumers physically served</source>
        <translation>%2 个用户中 %1 个实际满足</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="160" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/network_tab.py" line="160" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>NewParkDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="65" />
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="72" />
        <source>Baseline</source>
        <translation>现状基准</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="91" />
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="92" />
        <source>New park</source>
        <translation>新建园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="93" />
        <source>Name of the park, as it appears in reports</source>
        <translation>园区名称（用于报告）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="97" />
        <source>Coordinate system of the project. China's national system is CGCS2000; pick the 3-degree Gauss-Kruger zone whose central meridian is nearest the park.</source>
        <translation>项目坐标系。我国国家坐标系为 CGCS2000；请选择中央经线离园区最近的 3 度带高斯-克吕格投影。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="103" />
        <source>CGCS2000 / 3-degree Gauss-Kruger CM %1°E (%2)</source>
        <translation>CGCS2000 3度带高斯-克吕格 中央经线 %1°E（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="108" />
        <source>Other projected CRS (type its code)…</source>
        <translation>其他投影坐标系（输入代码）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="112" />
        <source>Any projected coordinate system in metres, as EPSG:code or WKT</source>
        <translation>任意以米为单位的投影坐标系，填写 EPSG 代码或 WKT</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="117" />
        <source>Year whose figures the baseline scenario records</source>
        <translation>现状基准方案数据所属的年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="140" />
        <source>Start the view at this place</source>
        <translation>地图视图从此处开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="149" />
        <source>Park name</source>
        <translation>园区名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="148" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="119" />
        <source>City, county or park, e.g. 辽滨 or Panjin</source>
        <translation>城市、县或园区，如 辽滨 或 Panjin</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="122" />
        <source>Where the park is: type a city, county or industrial park and Enter (the first match), or type longitude and latitude</source>
        <translation>园区位置：输入城市、县或工业园区后回车（取第一个匹配），或输入经纬度</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="151" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="153" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="157" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="158" />
        <source>CRS code</source>
        <translation>坐标系代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="159" />
        <source>Baseline year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="210" />
        <source>No city, county or park called “%1” in the gazetteer</source>
        <translation>地名库中没有名为“%1”的城市、县或园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="235" />
        <source>%1 industrial park</source>
        <translation>%1工业园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="268" />
        <source>Give the park a name.</source>
        <translation>请为园区命名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="271" />
        <source>Type the code of a projected coordinate system, e.g. EPSG:4550.</source>
        <translation>请输入投影坐标系代码，例如 EPSG:4550。</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="58" />
        <source>Copy to a new plan</source>
        <translation>复制为新规划方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="60" />
        <source>Plan %1</source>
        <translation>规划 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="61" />
        <source>Name of the new plan scenario</source>
        <translation>新规划方案的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="65" />
        <source>Target year of the plan</source>
        <translation>规划的目标年</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="66" />
        <source>Copies every object of “%1”.</source>
        <translation>复制“%1”中的全部对象。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="67" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="68" />
        <source>Target year</source>
        <translation>目标年</translation>
    </message>
</context>
<context>
    <name>OptimiseDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="169" />
        <source>Time limit: the best result found by then is proposed</source>
        <translation>时间上限：到时给出届时找到的最优结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="172" />
        <source>Same seed and options give the same proposal</source>
        <translation>相同的随机种子和选项得到相同的方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="174" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="176" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="181" />
        <source>Choose the options and press Run.</source>
        <translation>选择选项后按“运行”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="184" />
        <source>What the solver minimises, rule-breach penalties included</source>
        <translation>求解器最小化的目标值（含违反规则的罚分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="187" />
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="187" />
        <source>Before</source>
        <translation>优化前</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="187" />
        <source>After</source>
        <translation>优化后</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="194" />
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="195" />
        <source>Apply the proposal as one step (Ctrl+Z undoes it)</source>
        <translation>将方案作为一步操作应用（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="197" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="198" />
        <source>Close without changing the park</source>
        <translation>关闭且不修改园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="269" />
        <source>Optimising…</source>
        <translation>正在优化…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="278" />
        <source>Stopping: keeping the best result found so far…</source>
        <translation>正在停止：保留目前找到的最优结果…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="290" />
        <source>Best objective so far: %1</source>
        <translation>目前最优目标值：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="293" />
        <source>at most %1 above the lower bound %2</source>
        <translation>至多高于下界 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="327" />
        <source>The optimiser stopped without a result.</source>
        <translation>优化器停止，未得到结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="344" />
        <source>Nothing to change: the current layout is already the best found.</source>
        <translation>无需修改：当前布局已是找到的最优布局。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="346" />
        <source>Stopped early: this is the best result found so far.</source>
        <translation>已提前停止：这是目前找到的最优结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="348" />
        <source>Proposal ready: accept it as one undoable step, or discard it.</source>
        <translation>方案已生成：可作为一步可撤销操作接受，或放弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="373" />
        <source>%1: %2 change(s)</source>
        <translation>%1：%2 处更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="377" />
        <source>The park refused the change; see the message bar.</source>
        <translation>园区拒绝了此修改；请查看消息栏。</translation>
    </message>
</context>
<context>
    <name>OptimiseDialogs</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="658" />
        <source>Optimise placement…</source>
        <translation>优化企业布局…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="661" />
        <source>Route pipelines…</source>
        <translation>管线路由…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="665" />
        <source>Place firms on free plots to shorten their exchanges, within the zoning rules</source>
        <translation>在符合分区规则的前提下，将企业布局到空闲地块以缩短共生交换距离</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="671" />
        <source>Connect the sources and demands of one medium along roads and corridors</source>
        <translation>沿道路和廊道连接同一介质的供应源与需求</translation>
    </message>
</context>
<context>
    <name>OptimisePlacementDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="408" />
        <source>Optimise placement</source>
        <translation>优化企业布局</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="414" />
        <source>Free plots of zone</source>
        <translation>分区内的空闲地块</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="416" />
        <source>Selected plots (%n)</source>
        <translation><numerusform>所选地块（%n）</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="425" />
        <source>Tick the firms to place</source>
        <translation>勾选待布局的企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="439" />
        <source>Firms may stay where they are</source>
        <translation>企业可保留在原位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="441" />
        <source>Distances along corridors</source>
        <translation>沿廊道计算距离</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="443" />
        <source>Measure exchanges along roads and pipe racks instead of straight lines</source>
        <translation>按道路和管廊而非直线计算交换距离</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="450" />
        <source>Candidate plots</source>
        <translation>候选地块</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="452" />
        <source>Firms to place</source>
        <translation>待布局企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="455" />
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="456" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="495" />
        <source>Tick at least one firm to place.</source>
        <translation>请至少勾选一家待布局的企业。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="522" />
        <source>Moves: %1</source>
        <translation>迁移：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="530" />
        <source>Σ exchange × distance (t·km/a)</source>
        <translation>Σ 交换量 × 距离（吨·公里/年）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="535" />
        <source>Rule breaches: zoning / buffer / plot size</source>
        <translation>违反规则：分区 / 防护距离 / 地块面积</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="539" />
        <source>Firms moved</source>
        <translation>迁移企业数</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="540" />
        <source>Space-optimization score</source>
        <translation>空间优化评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="541" />
        <source>Coverage, all media</source>
        <translation>覆盖率，全部介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="543" />
        <source>Pipe length (m)</source>
        <translation>管线长度（米）</translation>
    </message>
</context>
<context>
    <name>PhasingDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="33" />
        <source>Phasing</source>
        <translation>分期实施</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="35" />
        <source>The plan's targets in each milestone year, and the annual progress report of a monitoring scenario</source>
        <translation>规划在各节点年份的目标，以及监测方案的年度进展报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="48" />
        <source>Targets by year</source>
        <translation>分年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="52" />
        <source>Monitoring scenario</source>
        <translation>监测方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="60" />
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="95" />
        <source>Targets by year need a baseline and a plan.</source>
        <translation>分年度目标需要现状方案和规划方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="105" />
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="187" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="105" />
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="187" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="105" />
        <source>Baseline</source>
        <translation>现状基准</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="107" />
        <source>Target %1</source>
        <translation>%1 年目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="108" />
        <source>Value %1</source>
        <translation>%1 年预计值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="124" />
        <source>%1: %2 of %3 met</source>
        <translation>%1 年：%3 项中达标 %2 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="130" />
        <source>The plan has no targets yet: enter them in Tools ▸ Targets.</source>
        <translation>规划尚无目标：请在“工具 ▸ 目标”中录入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="134" />
        <source>Milestone years %1. Interim targets run straight from the baseline to each target; values are the park as it stands that year. %2</source>
        <translation>节点年份 %1。各年目标由现状值直线推进至目标值；预计值为该年已建成的园区。%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="162" />
        <source>Add a monitoring scenario (the actual values of a year) to see the annual progress report.</source>
        <translation>添加监测方案（某一年的实际值）即可查看年度进展报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="172" />
        <source>due</source>
        <translation>可拨付</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="172" />
        <source>not yet due</source>
        <translation>尚未达到拨付条件</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="174" />
        <source>%1: %2 of %3 targets met (%4); second subsidy tranche %5 (needs 90 %).</source>
        <translation>%1 年：%3 项目标中达标 %2 项（%4）；第二笔补助资金%5（需达成 90 %）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="179" />
        <source>Planned objects in service: %1 of %2.</source>
        <translation>已建成的规划对象：%2 个中 %1 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="183" />
        <source>Projects completed: %1 of %2 (%3).</source>
        <translation>已完成项目：%2 个中 %1 个（%3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="187" />
        <source>Target this year</source>
        <translation>当年目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="188" />
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="188" />
        <source>Met</source>
        <translation>是否达成</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="193" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/phasing_dock.py" line="193" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="62" />
        <source>“%1” is not a coordinate system code (try EPSG:4550).</source>
        <translation>“%1”不是有效的坐标系代码（例如 EPSG:4550）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="66" />
        <source>%1 is geographic (degrees); choose a projected CRS such as CGCS2000 / 3-degree Gauss-Kruger (EPSG:4534-4554).</source>
        <translation>%1 是地理坐标系（单位为度）；请选择投影坐标系，例如 CGCS2000 3度带高斯-克吕格投影（EPSG:4534-4554）。</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../desktop/ecopark/ui/presentation.py" line="124" />
        <source>Add slide %1</source>
        <translation>添加幻灯片 %1</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../desktop/ecopark/ui/presentation.py" line="309" />
        <source>%1 — presentation</source>
        <translation>%1 — 汇报模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/presentation.py" line="330" />
        <source>← → PageUp PageDown slides  ·  F flows  ·  Esc leave</source>
        <translation>← → 上页/下页 翻页  ·  F 桑基图  ·  Esc 退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/presentation.py" line="452" />
        <source>S side by side</source>
        <translation>S 并排对比</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/presentation.py" line="452" />
        <source>[ ] move the divider</source>
        <translation>[ ] 移动分割线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/presentation.py" line="454" />
        <source>S swipe</source>
        <translation>S 卷帘对比</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/presentation.py" line="473" />
        <source>Scenario not found: %1</source>
        <translation>方案不存在：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/presenter.py" line="65" />
        <source>%1 — as built in %2</source>
        <translation>%1 —— %2 年建成情况</translation>
    </message>
</context>
<context>
    <name>PrintSheetDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="109" />
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="371" />
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="380" />
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="396" />
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="405" />
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="433" />
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="118" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="119" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="122" />
        <source>Fit to sheet</source>
        <translation>适合图幅</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="127" />
        <source>A round scale, or type one (1:7,500); Fit to sheet picks the largest that fits</source>
        <translation>选择整数比例尺或直接输入（如 1:7,500）；“适合图幅”选用能容纳全部对象的最大比例尺</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="134" />
        <source>Include underlays and basemaps</source>
        <translation>包括底图和影像</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="136" />
        <source>One page per ticked scenario, at one scale and extent</source>
        <translation>每个勾选的方案一页，比例尺和范围相同</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="149" />
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="150" />
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="151" />
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="152" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="153" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="154" />
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="160" />
        <source>Design unit</source>
        <translation>设计单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="161" />
        <source>Project</source>
        <translation>工程名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="162" />
        <source>Drawing title</source>
        <translation>图名</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="163" />
        <source>Drawn by</source>
        <translation>制图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="164" />
        <source>Checked by</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="165" />
        <source>Drawing No.</source>
        <translation>图号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="169" />
        <source>Park layout plan</source>
        <translation>园区总体布局规划图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="172" />
        <source>Title block (saved in the file)</source>
        <translation>图签（保存在项目文件中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="179" />
        <source>Empty: EP-01, EP-02… by page; {page} is the page number</source>
        <translation>留空则按页编为 EP-01、EP-02…；{page} 代表页码</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="182" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="188" />
        <source>Update preview</source>
        <translation>更新预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="193" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="262" />
        <source>The scale is not readable: choose one or type it as 1:7,500</source>
        <translation>无法识别比例尺：请选择一个，或按 1:7,500 的格式输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="264" />
        <source>Tick at least one scenario to print</source>
        <translation>请至少勾选一个要出图的方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="266" />
        <source>Several scenarios print as pages of one PDF: choose PDF or one</source>
        <translation>多个方案只能输出为同一 PDF 的多页：请选择 PDF 或只勾选一个方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="342" />
        <source>Scale %1 · %2 labels placed</source>
        <translation>比例尺 %1 · 已放置 %2 个标注</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="345" />
        <source>%1 left off for room</source>
        <translation>%1 个因空间不足未标注</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="348" />
        <source>%1 objects reach beyond the sheet: choose Fit to sheet or a larger paper</source>
        <translation>%1 个对象超出图幅：请选择“适合图幅”或更大的图纸</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="365" />
        <source>Change title block</source>
        <translation>修改图签</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="403" />
        <source>Drawing the sheets…</source>
        <translation>正在绘制图纸…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="403" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="412" />
        <source>Drawing sheet %1 of %2…</source>
        <translation>正在绘制第 %1 张图纸（共 %2 张）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/print_dialog.py" line="460" />
        <source>Map written: %1</source>
        <translation>地图已导出：%1</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="43" />
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="44" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="45" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="46" />
        <source>Baseline</source>
        <translation>现状基准</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="47" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="48" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="49" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="57" />
        <source>CTIP (seed 004 Table 2): no thresholds, each park sets targets (Tools &gt; Targets); LC/ZC: low-carbon pilot and zero-carbon park indicators</source>
        <translation>园区循环化改造（种子文献 004 表 2）：无统一限值，由园区自定目标（工具 &gt; 目标）；LC/ZC：低碳园区试点与零碳园区指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="69" />
        <source>CTIP, low-carbon</source>
        <translation>循环化改造与低碳</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="73" />
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="74" />
        <source>not met</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="75" />
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="76" />
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="77" />
        <source>entered</source>
        <translation>填报</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="78" />
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="79" />
        <source>fail</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="80" />
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="96" />
        <source>No targets for this scenario (Tools &gt; Targets).</source>
        <translation>本方案没有目标（工具 &gt; 目标）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="106" />
        <source>Zero-carbon</source>
        <translation>零碳</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/programme_tab.py" line="106" />
        <source>Low-carbon</source>
        <translation>低碳</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <location filename="../../desktop/ecopark/ui/document.py" line="65" />
        <source>choose where to save the project first</source>
        <translation>请先选择项目的保存位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/document.py" line="83" />
        <source>%1 (unsaved)</source>
        <translation>%1（未保存）</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="50" />
        <source>(several values)</source>
        <translation>（多个值）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="84" />
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="86" />
        <source>Attributes of the selected objects; edits can be undone</source>
        <translation>所选对象的属性；编辑可撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="160" />
        <source>%1 — field %2</source>
        <translation>%1 — 字段 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="177" />
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="206" />
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="283" />
        <source>Nothing selected. Click an object on the map or a row of the attribute table.</source>
        <translation>未选择对象。请单击地图上的对象或属性表中的一行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="293" />
        <source>%1 objects selected (%2): editing shared fields</source>
        <translation>已选择 %1 个对象（%2）：编辑共有字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="307" />
        <source>Area %1 (%2 km² = %3 m² = %4 mu)</source>
        <translation>面积 %1（%2 平方公里 = %3 平方米 = %4 亩）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="313" />
        <source>Length %1 m</source>
        <translation>长度 %1 米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/properties_dock.py" line="317" />
        <source>Position x %1 m, y %2 m</source>
        <translation>位置 x %1 米，y %2 米</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="45" />
        <source>… and %1 earlier</source>
        <translation>……以及更早的 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="51" />
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="91" />
        <source>Recover unsaved edits?</source>
        <translation>恢复未保存的编辑？</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="53" />
        <source>EcoPark Planner closed unexpectedly while %1 had %2 unsaved edit(s) (including undo/redo steps):
%3

Recover them?</source>
        <translation>生态园区规划器意外关闭，%1 有 %2 项未保存的编辑（含撤销/重做步骤）：
%3

是否恢复？</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="72" />
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="162" />
        <source>Recover unsaved edits</source>
        <translation>恢复未保存的编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="74" />
        <source>%1 edit(s) were recovered; these could not be: %2</source>
        <translation>已恢复 %1 项编辑；以下编辑无法恢复：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="95" />
        <source>EcoPark Planner closed unexpectedly while %1 had %2 unsaved edit(s):
%3

The file has been changed since (by another program, or by a save that was not recorded). Your edits can be merged into the file as it is now; edits that no longer apply will be listed.</source>
        <translation>生态园区规划器意外关闭时，%1 有 %2 项未保存的编辑：
%3

此后该文件已被修改（被其他程序，或被一次未记录的保存）。可以将您的编辑合并到文件的当前内容中；不再适用的编辑会列出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="108" />
        <source>Merge my edits</source>
        <translation>合并我的编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="112" />
        <source>Decide later (keep them)</source>
        <translation>稍后决定（保留编辑）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="116" />
        <source>Discard my edits</source>
        <translation>放弃我的编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="142" />
        <source>%1 edit(s) were merged into %2 as it is now; review and save.</source>
        <translation>已将 %1 项编辑合并到 %2 的当前内容中；请检查后保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="151" />
        <source>Some edits no longer apply</source>
        <translation>部分编辑已不再适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/recovery.py" line="154" />
        <source>These no longer apply (the file keeps its value):</source>
        <translation>以下编辑不再适用（保留文件中的值）：</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="52" />
        <source>%1 (original: %2)</source>
        <translation>%1（原文：%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="65" />
        <source>%1 (%2) is not physically served: nothing arrives</source>
        <translation>%1（%2）实际未满足：没有介质到达</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="69" />
        <source>%1 (%2) is not physically served: pressure margin %3 MPa</source>
        <translation>%1（%2）实际未满足：压力裕量 %3 MPa</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="74" />
        <source>A network cannot be solved in full</source>
        <translation>管网无法完整求解</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="88" />
        <source>Zones %1 and %2 overlap by %3 m²</source>
        <translation>功能分区 %1 与 %2 重叠 %3 平方米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="92" />
        <source>%1: the geometry is not valid</source>
        <translation>%1 的几何图形无效</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="94" />
        <source>%1: the value of %2 is not valid</source>
        <translation>%1 的「%2」取值无效</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="96" />
        <source>%1: a value is not valid</source>
        <translation>%1 的取值无效</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="98" />
        <source>%1: %2 is not a known kind</source>
        <translation>%1 的「%2」是未知的类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="100" />
        <source>%1: unknown kind</source>
        <translation>%1：未知的类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="103" />
        <source>The id %1 is already in use</source>
        <translation>编号 %1 已被使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="106" />
        <source>%1: %2 refers to an object that does not exist</source>
        <translation>%1 的「%2」引用了不存在的对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="110" />
        <source>%1 does not exist in this scenario</source>
        <translation>%1 在此方案中不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="113" />
        <source>Refers to an object that does not exist</source>
        <translation>引用了不存在的对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="115" />
        <source>%1 is still used by zones and cannot be removed</source>
        <translation>%1 仍被功能分区使用，不能删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="119" />
        <source>%1 is still used by symbiosis exchanges and cannot be deleted</source>
        <translation>%1 仍有共生交换引用，不能删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="131" />
        <source>scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="132" />
        <source>zone kind</source>
        <translation>分区类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="133" />
        <source>park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="143" />
        <source>the object</source>
        <translation>该对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="151" />
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/refusals.py" line="153" />
        <source>coordinate system</source>
        <translation>坐标系</translation>
    </message>
</context>
<context>
    <name>RoutePipelinesDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="558" />
        <source>Route pipelines</source>
        <translation>管线路由</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="569" />
        <source>Reuse the pipes of this medium already drawn</source>
        <translation>复用已绘制的同介质管线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="572" />
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="573" />
        <source>Diameter</source>
        <translation>管径</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="575" />
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="576" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="590" />
        <source>Routed %1 DN%2</source>
        <translation>优化路由 %1 DN%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="606" />
        <source>New pipe length (m)</source>
        <translation>新建管线长度（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="607" />
        <source>Existing pipe reused (m)</source>
        <translation>复用现有管线（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="609" />
        <source>Pipe length, %1 (m)</source>
        <translation>管线长度，%1（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="614" />
        <source>Coverage, %1</source>
        <translation>覆盖率，%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="618" />
        <source>Coverage, all media</source>
        <translation>覆盖率，全部介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="619" />
        <source>Space-optimization score</source>
        <translation>空间优化评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="621" />
        <source>Investment (10⁴ RMB), DN %1</source>
        <translation>投资（万元），DN %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/optimise_dialogs.py" line="625" />
        <source>Not reached</source>
        <translation>未连通</translation>
    </message>
</context>
<context>
    <name>SankeyView</name>
    <message>
        <location filename="../../desktop/ecopark/ui/sankey.py" line="45" />
        <source>No symbiosis flows</source>
        <translation>无共生流</translation>
    </message>
</context>
<context>
    <name>ScenarioDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="83" />
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="85" />
        <source>Baseline and plans: click one to show it on the map</source>
        <translation>现状基准与规划方案：单击以在地图上显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="90" />
        <source>Click a scenario to show it; the bold one is on screen</source>
        <translation>单击方案以显示；粗体为当前显示的方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="93" />
        <source>Copy to new plan…</source>
        <translation>复制为新规划方案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="94" />
        <source>Start a new plan as a copy of the scenario on screen</source>
        <translation>以当前显示的方案为副本新建规划方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="95" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="96" />
        <source>Rename the scenario on screen</source>
        <translation>重命名当前显示的方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="97" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="98" />
        <source>Delete the scenario on screen (can be undone)</source>
        <translation>删除当前显示的方案（可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="129" />
        <source>baseline</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="129" />
        <source>plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="133" />
        <source>id %1; %2 objects</source>
        <translation>编号 %1；共 %2 个对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="165" />
        <source>A plan needs a name.</source>
        <translation>规划方案需要名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="175" />
        <source>Add scenario %1 (copy of %2)</source>
        <translation>新增方案 %1（复制自 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="186" />
        <source>A scenario needs a name.</source>
        <translation>方案需要名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="193" />
        <source>Rename scenario %1 to %2</source>
        <translation>方案 %1 更名为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="200" />
        <source>A park keeps at least one scenario.</source>
        <translation>园区至少保留一个方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="206" />
        <source>Delete scenario %1</source>
        <translation>删除方案 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="224" />
        <source>Rename scenario</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="225" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="234" />
        <source>Delete scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/scenario_dock.py" line="236" />
        <source>Delete the scenario “%1” and all its objects? You can undo this.</source>
        <translation>删除方案“%1”及其全部对象？此操作可撤销。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="154" />
        <location filename="../../desktop/ecopark/ui/selftest_qt.py" line="59" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="158" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="165" />
        <source>Coordinate system of new projects, e.g. EPSG:4550 (CGCS2000, 123°E)</source>
        <translation>新建项目的坐标系，例如 EPSG:4550（CGCS2000，中央经线 123°E）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="169" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="170" />
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="175" />
        <source>Square metres (m²)</source>
        <translation>平方米 (m²)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="176" />
        <source>Hectares (ha)</source>
        <translation>公顷 (ha)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="177" />
        <source>Mu (亩)</source>
        <translation>亩</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="178" />
        <source>Square kilometres (km²)</source>
        <translation>平方公里 (km²)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="189" />
        <source>A new language applies to open windows after you restart EcoPark Planner.</source>
        <translation>新的界面语言将在重新启动生态园区规划器后应用于已打开的窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="194" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="196" />
        <source>Default coordinate system:</source>
        <translation>默认坐标系：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="197" />
        <source>Autosave every:</source>
        <translation>自动保存间隔：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="198" />
        <source>Show areas in:</source>
        <translation>面积显示单位：</translation>
    </message>
</context>
<context>
    <name>SizingDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="28" />
        <source>Size pipes</source>
        <translation>管径计算</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="33" />
        <source>The smallest standard diameter for each pipe that keeps within the velocity limits and gives every consumer its pressure. Untick the pipes to keep.</source>
        <translation>每条管线满足流速限值并保证各用户压力的最小标准管径。取消勾选的管线保持原管径。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="35" />
        <source>Every pipe already has the size the networks need.</source>
        <translation>所有管线的管径均已满足管网需要。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="41" />
        <source>Still short after sizing:</source>
        <translation>调整管径后仍不满足：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="48" />
        <source>Pipeline</source>
        <translation>管线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="48" />
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="48" />
        <source>Now, DN</source>
        <translation>现状 DN</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="48" />
        <source>Proposed, DN</source>
        <translation>推荐 DN</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="49" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="55" />
        <source>velocity limit</source>
        <translation>流速限值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="55" />
        <source>pressure</source>
        <translation>压力</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/hydraulics/sizing_dialog.py" line="71" />
        <source>Apply ticked sizes</source>
        <translation>应用勾选的管径</translation>
    </message>
</context>
<context>
    <name>SnapSettingsDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/snap_settings.py" line="59" />
        <source>Snapping options</source>
        <translation>捕捉设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/snap_settings.py" line="60" />
        <source>Snap while drawing and editing</source>
        <translation>绘制和编辑时捕捉</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/snap_settings.py" line="64" />
        <source> pixels</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/snap_settings.py" line="67" />
        <source>Firm and facility points</source>
        <translation>企业和设施点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/snap_settings.py" line="68" />
        <source>Vertices</source>
        <translation>顶点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/snap_settings.py" line="69" />
        <source>Segments (nearest point on an edge)</source>
        <translation>线段（边上最近点）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/snap_settings.py" line="70" />
        <source>Intersections of segments</source>
        <translation>线段交点</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/snap_settings.py" line="79" />
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/snap_settings.py" line="80" />
        <source>Snap to</source>
        <translation>捕捉到</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/snap_settings.py" line="84" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
</context>
<context>
    <name>SpaceScoreTab</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/space_tab.py" line="41" />
        <source>Space-optimization score 0-100: the weighted mean of the components below</source>
        <translation>空间优化评分 0-100：以下各组成项的加权平均</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/space_tab.py" line="44" />
        <source>component, 0-100</source>
        <translation>组成项，0-100</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/space_tab.py" line="46" />
        <source>Component</source>
        <translation>组成项</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/space_tab.py" line="46" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/space_tab.py" line="46" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/space_tab.py" line="52" />
        <source>Space score</source>
        <translation>空间优化评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/space_tab.py" line="72" />
        <source>Space score %1 / 100</source>
        <translation>空间优化评分 %1 / 100</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="28" />
        <source>EcoPark project (*.gpkg)</source>
        <translation>生态园区项目 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="30" />
        <source>Liaobin coastal</source>
        <translation>辽滨沿海</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="31" />
        <source>Guigang sugar</source>
        <translation>贵港制糖</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="32" />
        <source>Caofeidian steel</source>
        <translation>曹妃甸钢铁</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="63" />
        <location filename="../../desktop/ecopark/ui/start_page.py" line="65" />
        <location filename="../../desktop/ecopark/ui/start_page.py" line="162" />
        <source>EcoPark Planner</source>
        <translation>生态园区规划器</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="72" />
        <source>Plan eco-industrial parks: zones, firms, shared infrastructure and symbiosis, with land output, coverage and the HJ 274 evaluation updated as you draw.</source>
        <translation>规划生态工业园区：功能分区、企业、共享基础设施与产业共生；土地产出率、覆盖率和 HJ 274 评价随绘制实时更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="78" />
        <source>New park…</source>
        <translation>新建园区…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="79" />
        <source>Start an empty park in a coordinate system you choose</source>
        <translation>在所选坐标系中新建空白园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="80" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="81" />
        <source>Open an EcoPark project file (.gpkg)</source>
        <translation>打开生态园区项目文件（.gpkg）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="88" />
        <source>Double-click to open</source>
        <translation>双击打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="94" />
        <source>Demo parks shipped with EcoPark Planner; each opens as your copy in %1</source>
        <translation>随生态园区规划器提供的示范园区；打开时会在 %1 中生成您自己的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="99" />
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="100" />
        <source>Demo parks</source>
        <translation>示范园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="134" />
        <source>%1 (file not found)</source>
        <translation>%1（文件不存在）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="137" />
        <source>No recent projects yet</source>
        <translation>还没有最近的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="148" />
        <source>No demo parks found in %1</source>
        <translation>在 %1 中未找到示范园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="163" />
        <source>Could not copy the demo park to %1: %2</source>
        <translation>无法将示范园区复制到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="182" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
</context>
<context>
    <name>SymbiosisDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="78" />
        <source>Symbiosis network</source>
        <translation>共生网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="91" />
        <source>Baseline and plan side by side</source>
        <translation>现状与规划并列</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="93" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="94" />
        <source>Export diagram…</source>
        <translation>导出桑基图…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="96" />
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="109" />
        <source>Flow diagram</source>
        <translation>桑基图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="112" />
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="130" />
        <source>Site</source>
        <translation>企业/设施</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="112" />
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="130" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="112" />
        <source>Stream</source>
        <translation>物流类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="112" />
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="136" />
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="150" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="113" />
        <source>Generated</source>
        <translation>产生量</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="113" />
        <source>Used in house</source>
        <translation>厂内利用</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="113" />
        <source>Exchanged out</source>
        <translation>交换输出</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="114" />
        <source>Received</source>
        <translation>接收量</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="114" />
        <source>Disposed</source>
        <translation>处置量</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="114" />
        <source>Can take in</source>
        <translation>可接收量</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="116" />
        <source>Balances</source>
        <translation>物料平衡</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="122" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="122" />
        <source>Chain</source>
        <translation>共生链</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="122" />
        <source>Ids</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="123" />
        <source>Materials</source>
        <translation>物料/能量</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="126" />
        <source>Chains</source>
        <translation>共生链</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="130" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="130" />
        <source>Damage</source>
        <translation>损害分值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="131" />
        <source>Broken exchanges</source>
        <translation>中断的交换</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="131" />
        <source>Stranded consumers</source>
        <translation>失去供应的用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="132" />
        <source>Coverage drop (pp)</source>
        <translation>覆盖率下降（百分点）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="132" />
        <source>Land output change</source>
        <translation>地均产出变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="136" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="136" />
        <source>Before</source>
        <translation>优化前</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="137" />
        <source>After</source>
        <translation>优化后</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="137" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="144" />
        <source>Key-plant withdrawal</source>
        <translation>关键企业退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="149" />
        <source>From</source>
        <translation>供方</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="149" />
        <source>To</source>
        <translation>受方</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="149" />
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="149" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="150" />
        <source>Distance (m)</source>
        <translation>距离（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="150" />
        <source>Pipe</source>
        <translation>管线</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="150" />
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="152" />
        <source>Accept suggestion</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="154" />
        <source>Record the exchange and, for steam, heat or water, route its pipe along the corridors; one step on the undo stack</source>
        <translation>记录该交换；蒸汽、热水或水类交换同时沿廊道布置管线；可一步撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="161" />
        <source>Suggestions</source>
        <translation>匹配建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="208" />
        <source>%1 of %2 firms take part in an exchange; association degree %3 % of IAV; %4 links per firm</source>
        <translation>%2 家企业中有 %1 家参与交换；园区关联度（按工业增加值）%3 %；平均每家企业 %4 条关联</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="213" />
        <source>cycle</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="213" />
        <source>chain</source>
        <translation>链</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="223" />
        <source>Choose a firm or facility to see what its withdrawal changes (a what-if: the park is not edited).</source>
        <translation>选择一家企业或设施，查看其退出后的影响（假设分析，不修改园区）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="246" />
        <source>Without %1: exchanges broken: %2; consumers losing steam, heat or reclaimed water: %3</source>
        <translation>若 %1 退出：中断的交换：%2；失去蒸汽、热水或再生水供应的用户：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="274" />
        <source>Export diagram</source>
        <translation>导出桑基图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/symbiosis_dialog.py" line="275" />
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>TargetsDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="67" />
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="71" />
        <source>The plan's targets (indicator, target, year) and the share met; at least 90 % met releases the second half of the CTIP subsidy</source>
        <translation>规划方案的目标（指标、目标值、目标年）及达成比例；达成至少 90 % 即可拨付循环化改造补助资金的后一半</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="83" />
        <source>Programme</source>
        <translation>项目类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="84" />
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="85" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="86" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="87" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="88" />
        <source>Change %</source>
        <translation>变化 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="89" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="90" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="91" />
        <source>Met</source>
        <translation>是否达成</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="100" />
        <source>Indicator of the new target</source>
        <translation>新目标的指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="106" />
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="109" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="116" />
        <source>Tianjin ETDZ (seed 004 Table A2)</source>
        <translation>天津经济技术开发区（种子文献 004 表 A2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="117" />
        <source>Rizhao ETDZ (seed 004 Table A2)</source>
        <translation>日照经济技术开发区（种子文献 004 表 A2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="122" />
        <source>Load example targets</source>
        <translation>载入示例目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="124" />
        <source>Replace this plan's targets by a work plan's targets of seed 004 Table A2</source>
        <translation>用种子文献 004 表 A2 中实施方案的目标替换本规划方案的目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="161" />
        <source>Change targets</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="218" />
        <source>Not a number: %1 (nothing changed)</source>
        <translation>不是数字：%1（未作修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="227" />
        <source>A target needs a value or a change %</source>
        <translation>目标需要填写目标值或变化百分比</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="255" />
        <source>A baseline has no targets: switch to a plan or a monitoring scenario.</source>
        <translation>现状基准没有目标：请切换到规划方案或监测方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="258" />
        <source>Targets of the plan &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>规划方案 &lt;b&gt;%1&lt;/b&gt; 的目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="262" />
        <source>Monitoring &lt;b&gt;%1&lt;/b&gt; (%2) judged against the targets of plan %3</source>
        <translation>监测方案 &lt;b&gt;%1&lt;/b&gt;（%2 年）按规划方案 %3 的目标评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="280" />
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="280" />
        <source>not met</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="299" />
        <source>baseline × (1 + change): %1</source>
        <translation>基准值 × (1 + 变化)：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/targets_dock.py" line="305" />
        <source>No targets yet.</source>
        <translation>尚无目标。</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/bar.py" line="20" />
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/bar.py" line="21" />
        <source>Year in service:</source>
        <translation>投运年份：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/bar.py" line="30" />
        <source>Year shown on the map</source>
        <translation>地图显示的年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/bar.py" line="33" />
        <source>Show the park as it stands in a year between the baseline and the plan: objects not yet in service are hidden and every indicator is that year's</source>
        <translation>显示现状年与规划年之间某一年的园区：尚未投运的对象不显示，各项指标均为该年数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/bar.py" line="66" />
        <source>(plans only)</source>
        <translation>（仅规划方案）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/bar.py" line="68" />
        <source>%1 (plan year)</source>
        <translation>%1（规划年）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/timeline/bar.py" line="70" />
        <source>%1 (baseline year)</source>
        <translation>%1（现状年）</translation>
    </message>
</context>
<context>
    <name>UnderlayDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="36" />
        <source>Pixel column</source>
        <translation>像素列</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="37" />
        <source>Pixel row</source>
        <translation>像素行</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="38" />
        <source>Map x (m)</source>
        <translation>地图 x（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="39" />
        <source>Map y (m)</source>
        <translation>地图 y（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="47" />
        <source>%1: not an image Qt can read (PNG, JPEG, TIFF)</source>
        <translation>%1：无法读取的图片（支持 PNG、JPEG、TIFF）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="68" />
        <source>Add a scanned plan under the map</source>
        <translation>在地图下方添加扫描的规划图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="70" />
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="73" />
        <source>No image chosen</source>
        <translation>未选择图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="79" />
        <source>Control points (2 or 3 rows; leave the third empty for 2):</source>
        <translation>控制点（2 或 3 行；只用 2 个时第三行留空）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="86" />
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="101" />
        <source>Scanned plan</source>
        <translation>扫描的规划图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="101" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="113" />
        <source>%1: %2 × %3 pixels</source>
        <translation>%1：%2 × %3 像素</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="130" />
        <source>control point %1: enter four numbers</source>
        <translation>控制点 %1：请输入四个数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="138" />
        <source>choose an image first</source>
        <translation>请先选择图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="158" />
        <source>Placed; largest control-point error %1 m</source>
        <translation>已配准；控制点最大误差 %1 米</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/underlay_dialog.py" line="168" />
        <source>Add underlay %1</source>
        <translation>添加底图 %1</translation>
    </message>
</context>
<context>
    <name>UnderlayManager</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="56" />
        <source>Cannot add the basemap</source>
        <translation>无法添加底图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="62" />
        <source>Add basemap %1</source>
        <translation>添加底图 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="75" />
        <source>Add basemap</source>
        <translation>添加底图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="77" />
        <source>Rasters (*.tif *.tiff *.mbtiles *.gpkg *.jp2);;All files (*)</source>
        <translation>栅格 (*.tif *.tiff *.mbtiles *.gpkg *.jp2);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="107" />
        <source>Cannot add the scan</source>
        <translation>无法添加扫描图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="118" />
        <source>Add scan %1</source>
        <translation>添加扫描图 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="130" />
        <source>Add scanned plan</source>
        <translation>添加扫描规划图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="132" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="153" />
        <source>Underlays and basemaps</source>
        <translation>底图与扫描图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="158" />
        <source>Opacity of the selected image</source>
        <translation>所选影像的透明度</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="161" />
        <source>Move down (under)</source>
        <translation>下移（置于下方）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="162" />
        <source>Move up (over)</source>
        <translation>上移（置于上方）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="163" />
        <source>Zoom to</source>
        <translation>缩放至</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="164" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="243" />
        <source>Show underlay</source>
        <translation>显示底图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="245" />
        <source>Hide underlay</source>
        <translation>隐藏底图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="256" />
        <source>Underlay opacity %1 %</source>
        <translation>底图透明度 %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="268" />
        <source>Reorder underlays</source>
        <translation>调整底图顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/basemap_dialog.py" line="280" />
        <source>Remove underlay %1</source>
        <translation>删除底图 %1</translation>
    </message>
</context>
<context>
    <name>UndoDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/undo_dock.py" line="13" />
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/undo_dock.py" line="16" />
        <source>Every edit since the project was opened; click a line to go back to it</source>
        <translation>打开项目以来的每一次编辑；单击某一行可回到该步</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/undo_dock.py" line="19" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
</context>
<context>
    <name>WorkPlanDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="69" />
        <source>Work plan</source>
        <translation>工作方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="73" />
        <source>Key projects of the work plan (objects grouped, owner, years, investment, subsidy rate), safeguard measures and the baseline history</source>
        <translation>工作方案的重点项目（对象分组、实施主体、年份、投资、补贴比例）、保障措施与近三年情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="91" />
        <source>Each project's benefit is the plan with it minus without it, so two projects can claim the same saving: the plan's figures come from one run without all the projects, never from the sum of the projects</source>
        <translation>各项目效益为有无该项目之差，两个项目可能计入同一效益：方案合计按去掉全部项目后一次比较联合计算，不是各项目之和</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="105" />
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="106" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="107" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="108" />
        <source>Owner</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="109" />
        <source>Start year</source>
        <translation>开工年</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="110" />
        <source>Completion year</source>
        <translation>完工年</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="111" />
        <source>Investment (10⁴ RMB)</source>
        <translation>投资（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="112" />
        <source>Subsidy rate %</source>
        <translation>补贴比例 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="113" />
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="130" />
        <source>Propose projects</source>
        <translation>自动生成项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="133" />
        <source>Replace the projects by the automatic proposal: runs of new pipe, planned facilities, boiler replacements, symbiosis links (undoable)</source>
        <translation>用自动建议替换项目：新建管线段、规划设施、小锅炉替代、共生链接（可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="139" />
        <source>Remove project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="147" />
        <source>Key projects</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="158" />
        <source>Organisation, policy, funding or monitoring measures, as printed in the plan</source>
        <translation>组织、政策、资金或监测考核保障措施，按方案印出的文字填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="161" />
        <source>Apply text</source>
        <translation>应用文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="164" />
        <source>Safeguard measures</source>
        <translation>保障措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="175" />
        <source>Park-level figures of the three years before the baseline year</source>
        <translation>基准年之前三年的园区层面数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="178" />
        <source>Baseline history</source>
        <translation>近三年情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="233" />
        <source>From the cost table; type a figure to override</source>
        <translation>按造价表计算；输入数值可覆盖</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="238" />
        <source>%n project(s), investment %1 (10⁴ RMB)</source>
        <translation><numerusform>%n 个项目，投资 %1 万元</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="265" />
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="267" />
        <source>no payback</source>
        <translation>无法回收</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="271" />
        <source>Plan, all projects together (computed jointly, not the sum of the projects): savings %1 (10⁴ RMB/a), NPV %2 (10⁴ RMB), payback %3</source>
        <translation>方案合计（全部项目联合计算，非各项目之和）：年节约 %1 万元，净现值 %2 万元，回收期 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="305" />
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="360" />
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/work_plan_dock.py" line="334" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
</context>
</TS>

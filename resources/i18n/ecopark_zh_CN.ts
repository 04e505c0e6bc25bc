<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="48" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="50" />
        <source>Show, hide and lock layers; the styles in use are listed</source>
        <translation>显示、隐藏和锁定图层；并列出所用样式</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="56" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="56" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="61" />
        <source>Show labels</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="63" />
        <source>Names of zones, firms and facilities on the map</source>
        <translation>在地图上显示功能分区、企业和设施的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="74" />
        <source>Tick to show this layer on the map</source>
        <translation>勾选以在地图上显示此图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/layers_dock.py" line="77" />
        <source>Tick to protect this layer from edits on the map</source>
        <translation>勾选以防止在地图上编辑此图层</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/legend_dock.py" line="19" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/legend_dock.py" line="21" />
        <source>What the colours and symbols on the map stand for</source>
        <translation>地图上颜色和符号的含义</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/docks/legend_dock.py" line="67" />
        <source>Firm size (IAV)</source>
        <translation>企业规模（工业增加值）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="366" />
        <source>Cursor position in the project's CRS (metres)</source>
        <translation>光标在项目坐标系中的位置（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="369" />
        <source>Coordinate reference system of the project</source>
        <translation>项目的坐标参照系</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="371" />
        <source>Scenario shown on the map</source>
        <translation>地图上显示的方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="484" />
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="485" />
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="498" />
        <source>Scenario: %1 (%2, %3)</source>
        <translation>方案：%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="511" />
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="637" />
        <source>&amp;Copy to new plan…</source>
        <translation>复制为新规划方案(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="640" />
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="642" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="663" />
        <source>Cannot create the park</source>
        <translation>无法创建园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="667" />
        <source>New park “%1” in %2: draw zones to start</source>
        <translation>新园区“%1”（%2）：请先绘制功能分区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="685" />
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="691" />
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="718" />
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="722" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="744" />
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="746" />
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="753" />
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭前是否保存对“%1”的修改？</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="762" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="771" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="813" />
        <source>About EcoPark Planner</source>
        <translation>关于生态园区规划器</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="815" />
        <source>&lt;b&gt;EcoPark Planner %1&lt;/b&gt;&lt;br&gt;Offline planning of eco-industrial parks: zones, firms, shared infrastructure and symbiosis, with land output, coverage, the space-optimization score and the HJ 274-2009 evaluation updated live.</source>
        <translation>&lt;b&gt;生态园区规划器 %1&lt;/b&gt;&lt;br&gt;离线的生态工业园区规划工具：功能分区、企业、共享基础设施与产业共生，土地产出率、基础设施共享覆盖率、空间优化评分和 HJ 274-2009 评价实时更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="846" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
<message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="119" />
        <source>&amp;New park…</source>
        <translation>新建园区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="119" />
        <source>Start an empty park</source>
        <translation>新建空白园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="122" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="122" />
        <source>Open a project file (.gpkg)</source>
        <translation>打开项目文件（.gpkg）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="125" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="125" />
        <source>Save the project to its file</source>
        <translation>保存项目到当前文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="128" />
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="128" />
        <source>Save the project to another file</source>
        <translation>将项目保存为另一个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="131" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="131" />
        <source>Close the window (asks about unsaved changes)</source>
        <translation>关闭窗口（有未保存的修改时会询问）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="133" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="133" />
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="135" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="135" />
        <source>Redo the edit undone last</source>
        <translation>重做上一次撤销的编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="141" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="144" />
        <source>Delete the selected objects (Del); their exchanges go with them</source>
        <translation>删除所选对象（Del）；相关的共生交换一并删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="147" />
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="150" />
        <source>Select every object of the visible, unlocked layers</source>
        <translation>选择所有可见且未锁定图层中的对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="153" />
        <source>Zoom to &amp;park</source>
        <translation>缩放至园区(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="156" />
        <source>Show the whole park</source>
        <translation>显示整个园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="159" />
        <source>Zoom to &amp;selection</source>
        <translation>缩放至所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="162" />
        <source>Show the selected objects</source>
        <translation>显示所选对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="165" />
        <source>Show &amp;labels</source>
        <translation>显示标注(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="168" />
        <source>Names of zones, firms and facilities on the map</source>
        <translation>在地图上显示功能分区、企业和设施的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="173" />
        <source>Show symbiosis &amp;exchanges</source>
        <translation>显示共生交换(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="176" />
        <source>Arrows for the material and energy exchanges between firms</source>
        <translation>企业间物质与能量交换的箭头</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="181" />
        <source>&amp;Reset window layout</source>
        <translation>重置窗口布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="184" />
        <source>Put the toolbars and docks back where they were at first start</source>
        <translation>将工具栏和面板恢复到初始位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="187" />
        <source>&amp;About EcoPark Planner</source>
        <translation>关于生态园区规划器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="187" />
        <source>Version and licence</source>
        <translation>版本与许可</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="190" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="193" />
        <source>The keys of every tool and command</source>
        <translation>各工具和命令的快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="199" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="202" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="212" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="219" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="226" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="227" />
        <source>&amp;Toolbars</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="230" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="231" />
        <source>&amp;Scenario</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="233" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="250" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="267" />
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="288" />
        <source>Drawing options</source>
        <translation>绘图选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="291" />
        <source>Kind of the zones you draw next</source>
        <translation>接下来绘制的功能分区类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="293" />
        <source>Medium of the pipelines you draw next</source>
        <translation>接下来绘制的管线介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="297" />
        <source>Kind of the shared facilities you place next</source>
        <translation>接下来放置的共享设施类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="301" />
        <source>Zone kind</source>
        <translation>功能分区类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="302" />
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/main_window.py" line="303" />
        <source>Facility</source>
        <translation>共享设施</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="59" />
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="64" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="65" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="69" />
        <source>Indicator scorecard beside the map</source>
        <translation>在地图旁显示指标记分卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="71" />
        <source>Only what the map shows now (extent and layers)</source>
        <translation>仅当前地图显示的内容（范围和图层）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="74" />
        <source>Park, scenario and year</source>
        <translation>园区、方案和年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="76" />
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="77" />
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="78" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="79" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>NewParkDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="61" />
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="62" />
        <source>New park</source>
        <translation>新建园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="63" />
        <source>Name of the park, as it appears in reports</source>
        <translation>园区名称（用于报告）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="67" />
        <source>Coordinate system of the project. China's national system is CGCS2000; pick the 3-degree Gauss-Kruger zone whose central meridian is nearest the park.</source>
        <translation>项目坐标系。我国国家坐标系为 CGCS2000；请选择中央经线离园区最近的 3 度带高斯-克吕格投影。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="73" />
        <source>CGCS2000 / 3-degree Gauss-Kruger CM %1°E (%2)</source>
        <translation>CGCS2000 3度带高斯-克吕格 中央经线 %1°E（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="78" />
        <source>Other projected CRS (type its code)…</source>
        <translation>其他投影坐标系（输入代码）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="82" />
        <source>Any projected coordinate system in metres, as EPSG:code or WKT</source>
        <translation>任意以米为单位的投影坐标系，填写 EPSG 代码或 WKT</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="87" />
        <source>Year whose figures the baseline scenario records</source>
        <translation>现状基准方案数据所属的年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="94" />
        <source>Park name</source>
        <translation>园区名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="95" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="96" />
        <source>CRS code</source>
        <translation>坐标系代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="97" />
        <source>Baseline year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="134" />
        <source>Give the park a name.</source>
        <translation>请为园区命名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/new_park.py" line="137" />
        <source>Type the code of a projected coordinate system, e.g. EPSG:4550.</source>
        <translation>请输入投影坐标系代码，例如 EPSG:4550。</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ecopark/ui/preferences.py" line="154" />
        <location filename="../../desktop/ecopark/ui/selftest_qt.py" line="44" />
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
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="54" />
        <location filename="../../desktop/ecopark/ui/start_page.py" line="56" />
        <source>EcoPark Planner</source>
        <translation>生态园区规划器</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="63" />
        <source>Plan eco-industrial parks: zones, firms, shared infrastructure and symbiosis, with land output, coverage and the HJ 274 evaluation updated as you draw.</source>
        <translation>规划生态工业园区：功能分区、企业、共享基础设施与产业共生；土地产出率、覆盖率和 HJ 274 评价随绘制实时更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="69" />
        <source>New park…</source>
        <translation>新建园区…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="70" />
        <source>Start an empty park in a coordinate system you choose</source>
        <translation>在所选坐标系中新建空白园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="71" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="72" />
        <source>Open an EcoPark project file (.gpkg)</source>
        <translation>打开生态园区项目文件（.gpkg）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="79" />
        <source>Double-click to open</source>
        <translation>双击打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="81" />
        <source>Demo parks shipped with EcoPark Planner</source>
        <translation>生态园区规划器自带的示范园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="84" />
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="85" />
        <source>Demo parks</source>
        <translation>示范园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="119" />
        <source>%1 (file not found)</source>
        <translation>%1（文件不存在）</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="122" />
        <source>No recent projects yet</source>
        <translation>还没有最近的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="133" />
        <source>No demo parks found in %1</source>
        <translation>在 %1 中未找到示范园区</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/start_page.py" line="155" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="134" />
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="146" />
        <source>Export work plan</source>
        <translation>导出工作方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="173" />
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="201" />
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="220" />
        <source>Work plan written: %1</source>
        <translation>工作方案已导出：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="225" />
        <source>Map written: %1</source>
        <translation>地图已导出：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="237" />
        <source>Slide added: %1</source>
        <translation>已添加幻灯片：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="240" />
        <source>Export work plan…</source>
        <translation>导出工作方案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="241" />
        <source>Export map…</source>
        <translation>导出地图…</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="242" />
        <source>Presentation</source>
        <translation>汇报模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="243" />
        <source>Add slide from current view</source>
        <translation>用当前视图添加幻灯片</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="244" />
        <source>Add baseline-versus-plan slide</source>
        <translation>添加现状与规划对比幻灯片</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="247" />
        <source>Excel work plan for the expert panel: targets, key projects, investment</source>
        <translation>供专家评审的 Excel 工作方案：目标、重点项目、投资</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="249" />
        <source>Print-ready map: PDF, PNG or SVG on A4 or A3</source>
        <translation>可打印地图：A4 或 A3 的 PDF、PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="252" />
        <source>Full-screen slides of the saved views; arrows step, Esc leaves</source>
        <translation>全屏播放保存的视图；方向键翻页，Esc 退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="258" />
        <source>Save the map's extent, visible layers and scenario as a presentation slide</source>
        <translation>将地图范围、可见图层和方案保存为汇报幻灯片</translation>
    </message>
    <message>
        <location filename="../../desktop/ecopark/ui/dialogs/export_dialogs.py" line="261" />
        <source>A slide showing the baseline beside the current scenario, with scorecards</source>
        <translation>现状基准与当前方案并排显示并附指标记分卡的幻灯片</translation>
    </message>
</context>
</TS>

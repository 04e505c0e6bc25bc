"""The zh_CN dictionary of EcoPark Planner's UI sentences, as Chinese planners say them.

English source text (without accelerator "&", trailing "…" or ":", which fill_translations.py
adds back) -> Chinese. Domain words from the model (zone kinds, sectors, media, facility kinds,
field labels, HJ 274 names) come from ecopark.terms and need no entry here. Keep placeholders
(%1, %2, %n, {name}) exactly as in the source.
"""

from __future__ import annotations

ZH: dict[str, str] = {
    # ----- application, menus ------------------------------------------------------------------
    "EcoPark Planner": "生态园区规划器",
    "File": "文件",
    "Edit": "编辑",
    "View": "视图",
    "Scenario": "方案",
    "Scenarios": "方案",
    "Tools": "工具",
    "Help": "帮助",
    "Layers": "图层",
    "Layer": "图层",
    "Analysis": "分析",
    "Optimise": "优化",
    "Optimize": "优化",
    "Export": "导出",
    "Import": "导入",
    "Window": "窗口",
    "New": "新建",
    "New project": "新建项目",
    "New Project": "新建项目",
    "Open": "打开",
    "Open project": "打开项目",
    "Open Project": "打开项目",
    "Open demo park": "打开示范园区",
    "Open recent": "最近打开",
    "Open Recent": "最近打开",
    "Recent files": "最近的文件",
    "Recent projects": "最近的项目",
    "Clear recent files": "清除最近文件列表",
    "Clear list": "清除列表",
    "Save": "保存",
    "Save as": "另存为",
    "Save As": "另存为",
    "Save project": "保存项目",
    "Save project as": "项目另存为",
    "Close": "关闭",
    "Close project": "关闭项目",
    "Quit": "退出",
    "Exit": "退出",
    "Undo": "撤销",
    "Redo": "重做",
    "Undo %1": "撤销 %1",
    "Redo %1": "重做 %1",
    "Undo history": "撤销历史",
    "History": "历史记录",
    "Cut": "剪切",
    "Copy": "复制",
    "Paste": "粘贴",
    "Delete": "删除",
    "Delete selected": "删除所选",
    "Select all": "全选",
    "Select All": "全选",
    "Deselect": "取消选择",
    "Clear selection": "清除选择",
    "Duplicate": "复制副本",
    "Settings": "设置",
    "Preferences": "首选项",
    "About": "关于",
    "About EcoPark Planner": "关于生态园区规划器",
    "User guide": "用户手册",
    "Documentation": "文档",
    "Zoom in": "放大",
    "Zoom In": "放大",
    "Zoom out": "缩小",
    "Zoom Out": "缩小",
    "Zoom to park": "缩放至园区",
    "Zoom to extent": "缩放至全图",
    "Zoom to full extent": "缩放至全图",
    "Zoom to selection": "缩放至所选",
    "Full extent": "全图",
    "Pan": "平移",
    "Select": "选择",
    "Identify": "识别",
    "Measure": "量测",
    "Measure distance": "量测距离",
    "Measure area": "量测面积",
    "Presentation mode": "汇报模式",
    "Presentation": "汇报模式",
    "Full screen": "全屏",
    "Exit presentation": "退出汇报模式",
    "Start page": "起始页",
    "Toolbar": "工具栏",
    "Toolbars": "工具栏",
    "Docks": "面板",
    "Panels": "面板",
    "Status bar": "状态栏",
    "Reset layout": "重置窗口布局",
    "Reset window layout": "重置窗口布局",
    # ----- scenarios -----------------------------------------------------------------------------
    "New scenario": "新建方案",
    "Copy scenario": "复制方案",
    "Duplicate scenario": "复制方案",
    "Rename scenario": "重命名方案",
    "Delete scenario": "删除方案",
    "Remove scenario": "删除方案",
    "Scenario properties": "方案属性",
    "Compare scenarios": "方案对比",
    "Compare with baseline": "与现状基准对比",
    "Baseline": "现状基准",
    "Plan": "规划方案",
    "Current scenario": "当前方案",
    "Year": "年份",
    "Kind": "类型",
    "Name": "名称",
    "Type": "类型",
    "Id": "编号",
    "ID": "编号",
    # ----- map tools -----------------------------------------------------------------------------
    "Draw zone": "绘制功能分区",
    "Add zone": "添加功能分区",
    "Add firm": "添加企业",
    "Place firm": "放置企业",
    "Add facility": "添加共享设施",
    "Place facility": "放置共享设施",
    "Draw pipeline": "绘制管线",
    "Add pipeline": "添加管线",
    "Draw corridor": "绘制廊道",
    "Add corridor": "添加廊道",
    "Draw plot": "绘制地块",
    "Add plot": "添加地块",
    "Add exchange": "添加共生交换",
    "Link exchange": "连接共生交换",
    "Edit vertices": "编辑节点",
    "Move": "移动",
    "Move objects": "移动对象",
    "Snapping": "捕捉",
    "Snap to objects": "捕捉对象",
    "Route pipeline": "管线路由",
    "Route pipelines": "管线路由",
    "Optimise placement": "优化企业布局",
    "Optimise layout": "优化布局",
    "Optimise routing": "优化管线路由",
    "Cancel": "取消",
    "Apply": "应用",
    "OK": "确定",
    "Yes": "是",
    "No": "否",
    "Reset": "重置",
    "Remove": "移除",
    "Add": "添加",
    "Browse": "浏览",
    "Finish": "完成",
    "Next": "下一步",
    "Back": "上一步",
    "Run": "运行",
    "Stop": "停止",
    "Show": "显示",
    "Hide": "隐藏",
    "Visible": "可见",
    "Locked": "锁定",
    "Opacity": "不透明度",
    "Properties": "属性",
    "Attributes": "属性",
    "Attribute table": "属性表",
    "Table": "属性表",
    "Objects": "对象",
    "Legend": "图例",
    "Map": "地图",
    "Overview": "鹰眼图",
    "Search": "搜索",
    "Filter": "筛选",
    "Value": "数值",
    "Field": "字段",
    "Unit": "单位",
    "Units": "单位",
    "Total": "合计",
    "Sum": "合计",
    "Count": "数量",
    "Area": "面积",
    "Length": "长度",
    "Distance": "距离",
    "Status": "状态",
    "Notes": "备注",
    "Note": "备注",
    "Description": "说明",
    "Warning": "警告",
    "Error": "错误",
    "Information": "信息",
    "Problems": "问题",
    "Details": "详细信息",
    "Ready": "就绪",
    "Saved": "已保存",
    "Unsaved": "未保存",
    "unsaved": "未保存",
    "Modified": "已修改",
    "Loading…": "正在加载…",
    "Working…": "正在处理…",
    "Done": "完成",
    "none": "无",
    "None": "无",
    "All": "全部",
    "Other": "其他",
    "Unknown": "未知",
    # ----- indicators ----------------------------------------------------------------------------
    "Indicators": "指标",
    "Live indicators": "实时指标",
    "Evaluation": "评价",
    "HJ 274 evaluation": "HJ 274 评价",
    "Threshold": "标准值",
    "Requirement": "指标要求",
    "Formula": "计算公式",
    "Baseline value": "基准值",
    "Target value": "目标值",
    "Target": "目标值",
    "Change": "变化",
    "Pass": "达标",
    "Fail": "未达标",
    "Passes": "达标",
    "Fails": "未达标",
    "Entered": "手工填报",
    "Insufficient data": "数据不足",
    "Weights": "权重",
    "Weight": "权重",
    "Score": "评分",
    "Coverage": "覆盖率",
    "Demand": "需求量",
    "Supply": "供应量",
    "Capacity": "能力",
    "Served": "已满足",
    "Share": "比例",
    "Per zone": "分区",
    "Whole park": "全园区",
    "Park": "园区",
    "Zone": "功能分区",
    "Firm": "企业",
    "Facility": "共享设施",
    "Pipeline": "管线",
    "Corridor": "廊道",
    "Plot": "地块",
    "Exchange": "共生交换",
    "Exchanges": "共生交换",
    "Sector": "行业",
    "Medium": "介质",
    "Media": "介质",
    "Industrial": "工业",
    "Industrial land area": "工业用地面积",
    "Eco-industrial park": "生态工业园区",
    "Industrial added value": "工业增加值",
    "10⁸ RMB/km²": "亿元/平方公里",
    "10^8 RMB/km²": "亿元/平方公里",
    "10⁴ RMB": "万元",
    "10^4 RMB": "万元",
    # ----- files and import/export -----------------------------------------------------------
    "Import layer": "导入图层",
    "Import data": "导入数据",
    "Import DXF": "导入 DXF",
    "Import CAD drawing": "导入CAD图纸",
    "Import GeoPackage": "导入 GeoPackage",
    "Import shapefile": "导入 Shapefile",
    "Import OSM": "导入 OSM 数据",
    "Export workbook": "导出 Excel 工作簿",
    "Export work plan": "导出工作方案",
    "Export Excel work plan": "导出 Excel 工作方案",
    "Export map": "导出地图",
    "Export PDF": "导出 PDF",
    "Export image": "导出图片",
    "Preview": "预览",
    "Mapping": "字段映射",
    "Target layer": "目标图层",
    "Source field": "源字段",
    "Target field": "目标字段",
    "Coordinate system": "坐标系",
    "Default coordinate system": "默认坐标系",
    "CRS": "坐标系",
    "Underlay": "底图",
    "Underlays": "底图",
    "Add underlay": "添加底图",
    "Saved views": "保存的视图",
    "Save view": "保存视图",
    "Project files (*.gpkg)": "项目文件 (*.gpkg)",
    "EcoPark project (*.gpkg)": "生态园区项目 (*.gpkg)",
    "All files (*)": "所有文件 (*)",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "The project has unsaved changes.": "项目有未保存的修改。",
    "Save changes before closing?": "关闭前是否保存修改？",
    "Do you want to save your changes?": "是否保存修改？",
    "Could not open the project": "无法打开项目",
    "Could not save the project": "无法保存项目",
    "Recover": "恢复",
    "Recover unsaved work": "恢复未保存的工作",
    "Discard": "放弃",
    # ----- settings dialog ---------------------------------------------------------------------
    "System default": "跟随系统",
    "Language": "语言",
    "Autosave every": "自动保存间隔",
    "Show areas in": "面积显示单位",
    " min": " 分钟",
    "Off": "关闭",
    "Square metres (m²)": "平方米 (m²)",
    "Hectares (ha)": "公顷 (ha)",
    "Mu (亩)": "亩",
    "Square kilometres (km²)": "平方公里 (km²)",
    "Coordinate system of new projects, e.g. EPSG:4550 (CGCS2000, 123°E)": (
        "新建项目的坐标系，例如 EPSG:4550（CGCS2000，中央经线 123°E）"
    ),
    "A new language applies to open windows after you restart EcoPark Planner.": (
        "新的界面语言将在重新启动生态园区规划器后应用于已打开的窗口。"
    ),
    "“%1” is not a coordinate system code (try EPSG:4550).": (
        "“%1”不是有效的坐标系代码（例如 EPSG:4550）。"
    ),
    "%1 is geographic (degrees); choose a projected CRS such as CGCS2000 / "
    "3-degree Gauss-Kruger (EPSG:4534-4554).": (
        "%1 是地理坐标系（单位为度）；请选择投影坐标系，例如 CGCS2000 3度带高斯-克吕格投影"
        "（EPSG:4534-4554）。"
    ),
    # ----- main window ---------------------------------------------------------------------------
    "Cursor position in the project's CRS (metres)": "光标在项目坐标系中的位置（米）",
    "%1 (file not found)": "%1（文件不存在）",
    "Copy to new plan": "复制为新规划方案",
    "Keyboard shortcuts": "快捷键",
    "New park": "新建园区",
    "Rename": "重命名",
    "<b>EcoPark Planner %1</b><br>Offline planning of eco-industrial parks: zones, firms, shared "
    "infrastructure and symbiosis, with land output, coverage, the space-optimization score and "
    "the HJ 274-2009 evaluation updated live.": (
        "<b>生态园区规划器 %1</b><br>离线的生态工业园区规划工具：功能分区、企业、共享基础设施与"
        "产业共生，土地产出率、基础设施共享覆盖率、空间优化评分和 HJ 274-2009 评价实时更新。"
    ),
    "Arrows for the material and energy exchanges between firms": "企业间物质与能量交换的箭头",
    "Cannot create the park": "无法创建园区",
    "Cannot open %1": "无法打开 %1",
    "Cannot save %1": "无法保存 %1",
    "Clear the list": "清除列表",
    "Close the window (asks about unsaved changes)": "关闭窗口（有未保存的修改时会询问）",
    "Coordinate reference system of the project": "项目的坐标参照系",
    "Delete the selected objects (Del); their exchanges go with them": (
        "删除所选对象（Del）；相关的共生交换一并删除"
    ),
    "Drawing options": "绘图选项",
    "Kind of the shared facilities you place next": "接下来放置的共享设施类型",
    "Kind of the zones you draw next": "接下来绘制的功能分区类型",
    "Medium of the pipelines you draw next": "接下来绘制的管线介质",
    "Map tools": "地图工具",
    "Names of zones, firms and facilities on the map": "在地图上显示功能分区、企业和设施的名称",
    "New park “%1” in %2: draw zones to start": "新园区“%1”（%2）：请先绘制功能分区",
    "No recent projects": "没有最近的项目",
    "No recent projects yet": "还没有最近的项目",
    "Not changed: %1": "未修改：%1",
    "Open a project file (.gpkg)": "打开项目文件（.gpkg）",
    "Open an EcoPark project file (.gpkg)": "打开生态园区项目文件（.gpkg）",
    "Opened %1": "已打开 %1",
    "Put the toolbars and docks back where they were at first start": (
        "将工具栏和面板恢复到初始位置"
    ),
    "Redo the edit undone last": "重做上一次撤销的编辑",
    "Undo the last edit": "撤销上一次编辑",
    "Save the changes to “%1” before closing it?": "关闭前是否保存对“%1”的修改？",
    "Save the project to another file": "将项目保存为另一个文件",
    "Save the project to its file": "保存项目到当前文件",
    "Saved %1": "已保存 %1",
    "Scenario shown on the map": "地图上显示的方案",
    "Scenario: %1 (%2, %3)": "方案：%1（%2，%3）",
    "Select every object of the visible, unlocked layers": "选择所有可见且未锁定图层中的对象",
    "Show labels": "显示标注",
    "Show symbiosis exchanges": "显示共生交换",
    "Show the selected objects": "显示所选对象",
    "Show the whole park": "显示整个园区",
    "Start an empty park": "新建空白园区",
    "The keys of every tool and command": "各工具和命令的快捷键",
    "Version and licence": "版本与许可",
    "Zone kind": "功能分区类型",
    # ----- start page, new park ----------------------------------------------------------------
    "Demo parks": "示范园区",
    "Demo parks shipped with EcoPark Planner": "生态园区规划器自带的示范园区",
    "Double-click to open": "双击打开",
    "No demo parks found in %1": "在 %1 中未找到示范园区",
    "Plan eco-industrial parks: zones, firms, shared infrastructure and symbiosis, with land "
    "output, coverage and the HJ 274 evaluation updated as you draw.": (
        "规划生态工业园区：功能分区、企业、共享基础设施与产业共生；土地产出率、覆盖率和"
        " HJ 274 评价随绘制实时更新。"
    ),
    "Start an empty park in a coordinate system you choose": "在所选坐标系中新建空白园区",
    "Coordinate system of the project. China's national system is CGCS2000; pick the 3-degree "
    "Gauss-Kruger zone whose central meridian is nearest the park.": (
        "项目坐标系。我国国家坐标系为 CGCS2000；请选择中央经线离园区最近的 3 度带高斯-克吕格投影。"
    ),
    "Any projected coordinate system in metres, as EPSG:code or WKT": (
        "任意以米为单位的投影坐标系，填写 EPSG 代码或 WKT"
    ),
    "Baseline year": "基准年",
    "CGCS2000 / 3-degree Gauss-Kruger CM %1°E (%2)": (
        "CGCS2000 3度带高斯-克吕格 中央经线 %1°E（%2）"
    ),
    "CRS code": "坐标系代码",
    "Give the park a name.": "请为园区命名。",
    "Name of the park, as it appears in reports": "园区名称（用于报告）",
    "Other projected CRS (type its code)": "其他投影坐标系（输入代码）",
    "Park name": "园区名称",
    "Type the code of a projected coordinate system, e.g. EPSG:4550.": (
        "请输入投影坐标系代码，例如 EPSG:4550。"
    ),
    "Year whose figures the baseline scenario records": "现状基准方案数据所属的年份",
    # ----- docks -------------------------------------------------------------------------------
    "Lock": "锁定",
    "Show, hide and lock layers; the styles in use are listed": (
        "显示、隐藏和锁定图层；并列出所用样式"
    ),
    "Tick to protect this layer from edits on the map": "勾选以防止在地图上编辑此图层",
    "Tick to show this layer on the map": "勾选以在地图上显示此图层",
    "Firm size (IAV)": "企业规模（工业增加值）",
    "What the colours and symbols on the map stand for": "地图上颜色和符号的含义",
    # ----- exports -----------------------------------------------------------------------------
    "Excel work plan for the expert panel: targets, key projects, investment": (
        "供专家评审的 Excel 工作方案：目标、重点项目、投资"
    ),
    "Print-ready map: PDF, PNG or SVG on A4 or A3": "可打印地图：A4 或 A3 的 PDF、PNG 或 SVG",
    "Full-screen slides of the saved views; arrows step, S swipes, Esc leaves": (
        "全屏播放保存的视图；方向键翻页，S 卷帘对比，Esc 退出"
    ),
    "Map written: %1": "地图已导出：%1",
    "Work plan written: %1": "工作方案已导出：%1",
    "Format": "格式",
    "Indicator scorecard beside the map": "在地图旁显示指标记分卡",
    "Landscape": "横向",
    "Portrait": "纵向",
    "Orientation": "方向",
    "Paper": "纸张",
    "Title": "标题",
    "Only what the map shows now (extent and layers)": "仅当前地图显示的内容（范围和图层）",
    "Include underlays (scanned plans)": "包含底图（扫描规划图）",
    "Park, scenario and year": "园区、方案和年份",
    "Record exchange": "记录共生交换",
    "Click where a firm stands; it is added as 'New firm' (sector other) and selected so you can "
    "enter its name, sector, IAV and flows in the Properties dock": (
        "单击企业所在位置；将添加为“新企业”（行业：其他）并被选中，可在属性面板中填写名称、行业、"
        "工业增加值和物质能量流"
    ),
    "Click a zone, pipeline, plot or corridor to show its vertices; drag a vertex to move it "
    "(snaps to other features), double-click an edge to insert a vertex, click a vertex and press "
    "Delete to remove it": (
        "单击功能分区、管线、地块或廊道以显示其节点；拖动节点可移动（捕捉其他要素），双击边可插入节点，"
        "选中节点后按 Delete 删除"
    ),
    "Click along the pipe route from source to consumer; double-click or Enter finishes, Backspace "
    "removes the last point, Esc cancels. Points snap to firms, facilities and pipes of the same "
    "medium. The medium is chosen in the toolbar; pipes drawn in a plan scenario are planned. Or "
    "press Tab and type two ids (S1 F3): a pipe between them along an orthogonal route.": (
        "沿管线走向从热源（供应方）单击到用户；双击或按 Enter 结束，Backspace 删除上一个点，"
        "Esc 取消。"
        "点会捕捉企业、设施和同介质管线。介质在工具栏中选择；在规划方案中绘制的管线为规划管线。"
        "也可按 Tab 后输入两个编号（S1 F3）：沿正交路线在两者之间绘制管线。"
    ),
    "Click an object or drag a box to select; Shift adds to the selection": (
        "单击对象或拖框选择；按住 Shift 可加选"
    ),
    "Click an object to select it (click again to pick the one beneath); drag a box to select what "
    "it touches (zones: what it contains); Shift adds to the selection; Delete removes the "
    "selection; Esc clears it": (
        "单击对象以选择（再次单击选择下方对象）；拖框选择与框相交的对象（功能分区：框内包含的对象）；"
        "Shift 加选；Delete 删除所选；Esc 取消选择"
    ),
    "Click points to measure the distance along them (snaps to features); Esc clears": (
        "依次单击各点量测沿线距离（捕捉要素）；Esc 清除"
    ),
    "Click the corners of a functional zone; double-click or Enter finishes, Backspace removes the "
    "last corner, Esc cancels. Corners snap to existing zone vertices and edges. The zone kind is "
    "chosen in the toolbar.": (
        "依次单击功能分区的角点；双击或按 Enter 结束，Backspace 删除上一个角点，Esc 取消。"
        "角点会捕捉已有分区的节点和边。分区类型在工具栏中选择。"
    ),
    "Click the firm or facility a material or energy flow comes from, then the one it goes to, "
    "then enter the material, quantity and unit (e.g. fly ash 30,000 t/a). Or press Tab and "
    "type both ids (S1 F3)": (
        "先单击物质或能量流的来源企业或设施，再单击去向，然后填写物料、数量和单位"
        "（例如粉煤灰 30,000 t/a）。也可按 Tab 后输入两端编号（S1 F3）"
    ),
    "Click where a shared facility (CHP, WWTP, reclaimed-water plant...) stands; its kind is "
    "chosen in the toolbar, its capacities in the Properties dock": (
        "单击共享设施（热电联产、污水处理厂、再生水厂等）所在位置；类型在工具栏中选择，"
        "能力在属性面板中填写"
    ),
    "Deletes the selection at once; with nothing selected, click objects to delete them. Exchanges "
    "of a deleted firm or facility are deleted with it (Ctrl+Z undoes)": (
        "立即删除所选对象；未选择时，单击对象即可删除。被删除企业或设施的共生交换一并删除"
        "（Ctrl+Z 可撤销）"
    ),
    "Drag an object, or the selection, to a new place; pipeline ends attached to a moved firm or "
    "facility follow it. Esc cancels a drag": (
        "将对象或所选对象拖到新位置；连接在被移动企业或设施上的管线端点随之移动。Esc 取消拖动"
    ),
    "Drag the map with the left button. With any tool: middle-drag or Space+drag pans, the wheel "
    "zooms about the cursor, arrow keys pan": (
        "用左键拖动地图。使用任何工具时：中键拖动或按住空格拖动可平移，滚轮以光标为中心缩放，"
        "方向键平移"
    ),
    "Nothing selected. Click an object on the map or a row of the attribute table.": (
        "未选择对象。请单击地图上的对象或属性表中的一行。"
    ),
    "Attributes of the selected objects; edits can be undone": "所选对象的属性；编辑可撤销",
    "Baseline and plans: click one to show it on the map": "现状基准与规划方案：单击以在地图上显示",
    "Click a scenario to show it; the bold one is on screen": (
        "单击方案以显示；粗体为当前显示的方案"
    ),
    "Copy to a new plan": "复制为新规划方案",
    "Delete the scenario on screen (can be undone)": "删除当前显示的方案（可撤销）",
    "Rename the scenario on screen": "重命名当前显示的方案",
    "Start a new plan as a copy of the scenario on screen": "以当前显示的方案为副本新建规划方案",
    "Name of the new plan scenario": "新规划方案的名称",
    "Target year": "目标年",
    "Target year of the plan": "规划的目标年",
    "Every edit since the project was opened; click a line to go back to it": (
        "打开项目以来的每一次编辑；单击某一行可回到该步"
    ),
    "<opened>": "<打开时>",
    "Computed from the geometry (read only)": "由几何图形计算（只读）",
    "Exchanges (symbiosis links)": "共生交换（共生链接）",
    "Filter rows": "筛选行",
    "Layer shown in the table": "表中显示的图层",
    "Show only rows containing this text in any column": "只显示任一列包含此文本的行",
    "The objects of one layer as a table: click a header to sort": (
        "以表格显示一个图层的对象：单击表头排序"
    ),
    "%1 rows": "%1 行",
    "Zone id": "分区编号",
    "Industrial land": "工业用地",
    "Area (km²)": "面积（km²）",
    "Area km²": "面积 km²",
    "%1 — field %2": "%1 — 字段 %2",
    # ----- indicators dock ---------------------------------------------------------------------
    "Live indicators of the scenario on screen; they follow every edit": (
        "当前显示方案的实时指标；随每次编辑更新"
    ),
    "Land output": "土地产出率",
    "Space score": "空间优化评分",
    "Space score %1 / 100": "空间优化评分 %1 / 100",
    "Component": "组成项",
    "Indicator": "指标",
    "Idle land": "闲置用地",
    "IAV 10⁴ RMB": "工业增加值（万元）",
    "IAV/mu": "亩均工业增加值",
    "not industrial": "非工业用地",
    "pass": "达标",
    "fail": "未达标",
    "entered (meets)": "填报（达标）",
    "entered (fails)": "填报（未达标）",
    "no data": "无数据",
    "zone %1": "分区 %1",
    "%1 firms": "%1 家企业",
    "%1 facilities": "%1 个设施",
    "%1 of %2 firms fully served": "%2 家企业中 %1 家需求完全满足",
    "Double-click to enter the value (empty clears it)": "双击填写数值（留空则清除）",
    "Land output 10⁸ RMB/km²; IAV per mu of firm plots 10⁴ RMB/mu": (
        "土地产出率（亿元/平方公里）；企业地块亩均工业增加值（万元/亩）"
    ),
    "Land output = IAV of firms on industrial land / industrial land area (10⁸ RMB/km²); "
    "HJ 274-2009 row 1.2 requires at least 9": (
        "土地产出率 = 工业用地上企业的工业增加值 / 工业用地面积（亿元/平方公里）；"
        "HJ 274-2009 第 1.2 项要求不低于 9"
    ),
    "Land output per zone; green meets HJ 274 (≥ 9), red does not, grey is not industrial land": (
        "各分区土地产出率；绿色达到 HJ 274（≥ 9），红色未达到，灰色为非工业用地"
    ),
    "Share of each medium's demand served through pipelines of that medium (steam: or a higher "
    "grade) from a source with capacity left": (
        "各介质需求中，经由同介质管线（蒸汽：或更高品位）从尚有余量的热源满足的比例"
    ),
    "Space-optimization score 0-100: the weighted mean of the components below": (
        "空间优化评分 0-100：以下各组成项的加权平均"
    ),
    "HJ 274-2009 (2012) sector-integrated EIP checklist; 'entered' rows are values the planner "
    "typed, 'no data' rows cannot be derived yet: double-click their value to enter one (empty "
    "clears it)": (
        "HJ 274-2009（2012 年修订）综合类生态工业园区指标；“填报”行为规划人员输入的数值，"
        "“无数据”行暂无法推算：双击数值可填写（留空则清除）"
    ),
    # ----- legend ------------------------------------------------------------------------------
    "IAV < %1 ×10⁸ RMB": "工业增加值 < %1 亿元",
    "IAV %1-%2 ×10⁸ RMB": "工业增加值 %1-%2 亿元",
    "IAV ≥ %1 ×10⁸ RMB": "工业增加值 ≥ %1 亿元",
    # ----- exchange dialog ---------------------------------------------------------------------
    "Material": "物料",
    "Quantity": "数量",
    "Unit of the quantity": "数量的单位",
    "What flows from the first object to the second (free text)": (
        "从第一个对象流向第二个对象的物料（自由填写）"
    ),
    "How much flows per unit of time, in the unit chosen below": "单位时间的流量，单位在下方选择",
    "Enter the material first": "请先填写物料",
    "From %1 to %2": "从 %1 到 %2",
    "fly ash": "粉煤灰",
    "slag": "炉渣",
    "desulphurisation gypsum": "脱硫石膏",
    "steam": "蒸汽",
    "waste heat": "余热",
    "treated wastewater": "处理后废水",
    "reclaimed water": "再生水",
    "cooling water": "冷却水",
    "molasses": "糖蜜",
    "bagasse": "甘蔗渣",
    "scrap metal": "废金属",
    "sludge": "污泥",
    "waste diatomite": "废硅藻土",
    "exhaust steam": "乏汽",
    "alcohol": "酒精",
    "by-product gas": "副产煤气",
    # ----- import and underlay dialogs -------------------------------------------------------
    "(not imported)": "（不导入）",
    "Drawing units": "图纸单位",
    "Features": "要素数",
    "Geometry": "几何类型",
    "Import as": "导入为",
    "Import %1": "导入 %1",
    "Kind / medium": "类型 / 介质",
    "Source CRS": "源坐标系",
    "as in the file": "与文件一致",
    "Only buildings inside industrial land become firms": "仅工业用地内的建筑导入为企业",
    "Repair invalid geometries instead of leaving them out": "修复无效几何图形而不是跳过",
    "%1 (file)": "%1（文件）",
    "Field mapping: %1": "字段映射：%1",
    "Park field": "园区字段",
    "<br>Zones overlap: %1 km² of shared land counted once.": (
        "<br>功能分区重叠：%1 平方公里的共用土地只计一次。"
    ),
    "The %1 zones lowest in land output, of %2 (all in the table)": (
        "地均产出最低的 %1 个功能分区（共 %2 个，全部见下表）"
    ),
    "Import %1 object(s) from %2": "从 %2 导入 %1 个对象",
    "Delete %1 object(s)": "删除 %1 个对象",
    "Enter value for indicator %1": "填写指标 %1 的数值",
    "Add scenario %1 (copy of %2)": "新增方案 %1（复制自 %2）",
    "Rename scenario %1 to %2": "方案 %1 更名为 %2",
    "Delete scenario %1": "删除方案 %1",
    "%1: %2 change(s)": "%1：%2 处更改",
    "Column in the file": "文件中的列",
    "Which column of the file fills each field of the park layer": (
        "园区图层的每个字段取自文件中的哪一列"
    ),
    "Fields of %1: not imported": "%1 的字段：不导入",
    "Fields of %1 (imported as %2)": "%1 的字段（导入为%2）",
    "(none)": "（无）",
    "inches": "英寸",
    "feet": "英尺",
    "miles": "英里",
    "millimetres": "毫米",
    "centimetres": "厘米",
    "metres": "米",
    "kilometres": "千米",
    "yards": "码",
    "decimetres": "分米",
    "decametres": "十米",
    "hectometres": "百米",
    "US survey feet": "美国测量英尺",
    "zones": "功能分区",
    "firms": "企业",
    "facilities": "共享设施",
    "pipelines": "管线",
    "corridors": "廊道",
    "plots": "地块",
    "Add a scanned plan under the map": "在地图下方添加扫描的规划图",
    "Choose image": "选择图片",
    "No image chosen": "未选择图片",
    "choose an image first": "请先选择图片",
    "Control points (2 or 3 rows; leave the third empty for 2)": (
        "控制点（2 或 3 行；只用 2 个时第三行留空）"
    ),
    "Pixel column": "像素列",
    "Pixel row": "像素行",
    "Map x (m)": "地图 x（米）",
    "Map y (m)": "地图 y（米）",
    "Slide added: %1": "已添加幻灯片：%1",
    "Add slide from current view": "用当前视图添加幻灯片",
    "Add baseline-versus-plan slide": "添加现状与规划对比幻灯片",
    "Save the map's extent, visible layers and scenario as a presentation slide": (
        "将地图范围、可见图层和方案保存为汇报幻灯片"
    ),
    "A slide showing the baseline beside the current scenario, with scorecards": (
        "现状基准与当前方案并排显示并附指标记分卡的幻灯片"
    ),
    # presentation keys (the swipe comparison)
    "S swipe": "S 卷帘对比",
    "S side by side": "S 并排对比",
    "[ ] move the divider": "[ ] 移动分割线",
    # ----- scenario dock -------------------------------------------------------------------------
    "Plan %1": "规划 %1",
    "Copies every object of “%1”.": "复制“%1”中的全部对象。",
    "baseline": "现状",
    "plan": "规划",
    "id %1; %2 objects": "编号 %1；共 %2 个对象",
    "A plan needs a name.": "规划方案需要名称。",
    "A scenario needs a name.": "方案需要名称。",
    "A park keeps at least one scenario.": "园区至少保留一个方案。",
    "Delete the scenario “%1” and all its objects? You can undo this.": (
        "删除方案“%1”及其全部对象？此操作可撤销。"
    ),
    # ----- attribute editing --------------------------------------------------------------------
    "yes": "是",
    "no": "否",
    "Set %1 of %2": "设置 %2 的%1",
    "Set %1 of %2 %3": "设置 %2 个%3的%1",
    # ----- indicator panel, properties, attribute table (wrapped) -------------------------------
    "% of demand served": "需求满足比例 %",
    "component, 0-100": "组成项，0-100",
    "%1: %2 is not a number": "%1：%2 不是数字",
    "%1: value refused": "%1：数值未被接受",
    "meets": "达到",
    "below": "低于",
    "not judged:": "无法判定：",
    "Park: <b>%1</b> ×10⁸ RMB/km² on %2 km² of industrial land — %3 HJ 274 (≥ %4)": (
        "园区：<b>%1</b> 亿元/平方公里（工业用地 %2 平方公里）— %3 HJ 274 要求（≥ %4）"
    ),
    " no industrial land": "（无工业用地）",
    "entered": "填报",
    "All media: <b>%1</b> of demand served; %2 small boiler replaced by connected supply": (
        "全部介质：需求满足 <b>%1</b>；联网供应替代小锅炉 %2 台"
    ),
    "All media: <b>%1</b> of demand served; %2 small boilers replaced by connected supply": (
        "全部介质：需求满足 <b>%1</b>；联网供应替代小锅炉 %2 台"
    ),
    "share of firms within a facility's service radius; industrial land covered: %1": (
        "位于设施服务半径内的企业比例；覆盖的工业用地：%1"
    ),
    "%1 pass, %2 fail, %3 entered, %4 without data (of %5 rows)": (
        "共 %5 项：达标 %1，未达标 %2，填报 %3，无数据 %4"
    ),
    " (meets)": "（达标）",
    " (does not meet)": "（未达标）",
    "(several values)": "（多个值）",
    "not recorded": "未记录",
    "%1 objects selected (%2): editing shared fields": "已选择 %1 个对象（%2）：编辑共有字段",
    "Area %1 km² = %2 m² = %3 mu": "面积 %1 平方公里 = %2 平方米 = %3 亩",
    "Length %1 m": "长度 %1 米",
    "Position x %1 m, y %2 m": "位置 x %1 米，y %2 米",
    "Length (m)": "长度（米）",
    "%1 of %2": "%1 / %2",
    # ----- map tool hints -----------------------------------------------------------------------
    "Click an object to delete it (its exchanges go with it)": (
        "单击对象将其删除（其共生交换一并删除）"
    ),
    "Click a zone, pipeline, plot or corridor to edit its vertices": (
        "单击功能分区、管线、地块或廊道以编辑其节点"
    ),
    "Measure distance: click the first point": "量测距离：单击第一个点",
    "Click the corners of an area to measure it in m², ha and mu (亩); Esc clears": (
        "依次单击区域的角点，以平方米、公顷和亩量测面积；Esc 清除"
    ),
    "Measure area: click the first corner": "量测面积：单击第一个角点",
    "Drag an object (or the selection) to move it": "拖动对象（或所选对象）以移动",
    "Drag to pan; wheel zooms about the cursor": "拖动以平移；滚轮以光标为中心缩放",
    "Click where the firm stands": "单击企业所在位置",
    "Click the firm or facility the flow comes from": "单击物质流来源的企业或设施",
    "From <b>%1</b><br>to <b>%2</b>": "从 <b>%1</b><br>到 <b>%2</b>",
    "Liaobin coastal": "辽滨沿海",
    "Guigang sugar": "贵港制糖",
    "Caofeidian steel": "曹妃甸钢铁",
    "unknown": "未知",
    "file": "文件",
    "GEODATA": "DXF 地理信息",
    "missing": "缺失",
    "Will import %1 object(s)": "将导入 %1 个对象",
    "; %1 feature(s) left out. Target CRS: %2.": "；%1 个要素未导入。目标坐标系：%2。",
    "No problems found.": "未发现问题。",
    "(from the file only)": "（仅按文件）",
    "%1: not an image Qt can read (PNG, JPEG, TIFF)": "%1：无法读取的图片（支持 PNG、JPEG、TIFF）",
    "Scanned plan": "扫描的规划图",
    "Images (*.png *.jpg *.jpeg *.tif *.tiff)": "图片 (*.png *.jpg *.jpeg *.tif *.tiff)",
    "%1: %2 × %3 pixels": "%1：%2 × %3 像素",
    "control point %1: enter four numbers": "控制点 %1：请输入四个数字",
    "Placed; largest control-point error %1 m": "已配准；控制点最大误差 %1 米",
    "Add underlay %1": "添加底图 %1",
    # ----- recovery and crash dialogs -----------------------------------------------------------
    "Crash journal": "崩溃日志",
    "A crash journal for %1 was found, but the project has been saved or replaced since; its "
    "edits are already in the file or no longer apply. It has been removed.": (
        "发现 %1 的崩溃日志，但项目此后已保存或被替换；其中的编辑已在文件中或不再适用。"
        "该日志已删除。"
    ),
    "… and %1 earlier": "……以及更早的 %1 项",
    "Recover unsaved edits?": "恢复未保存的编辑？",
    "Recover unsaved edits": "恢复未保存的编辑",
    "EcoPark Planner closed unexpectedly while %1 had %2 unsaved edit(s) (including undo/redo "
    "steps):\n%3\n\nRecover them?": (
        "生态园区规划器意外关闭，%1 有 %2 项未保存的编辑（含撤销/重做步骤）：\n%3\n\n是否恢复？"
    ),
    "%1 edit(s) were recovered; these could not be: %2": "已恢复 %1 项编辑；以下编辑无法恢复：%2",
    "The details were written to %1.": "详细信息已写入 %1。",
    "The details could not be written to a log file (%1).": "详细信息无法写入日志文件（%1）。",
    "Your work was saved to %1.": "您的工作已保存到 %1。",
    "The automatic save failed (%1); save your project now.": (
        "自动保存失败（%1）；请立即保存项目。"
    ),
    "EcoPark Planner: unexpected error": "生态园区规划器：意外错误",
    "Something went wrong: %1\n\n%2%3\n\nYou can go on working. Please send the log file to "
    "support.": ("出现错误：%1\n\n%2%3\n\n您可以继续工作。请将日志文件发送给技术支持。"),
    # ----- optimisation dialogs ------------------------------------------------------------------
    "Accept": "接受",
    "After": "优化后",
    "Before": "优化前",
    "Apply the proposal as one step (Ctrl+Z undoes it)": "将方案作为一步操作应用（Ctrl+Z 可撤销）",
    "Candidate plots": "候选地块",
    "Choose the options and press Run.": "选择选项后按“运行”。",
    "Close without changing the park": "关闭且不修改园区",
    "Connect the sources and demands of one medium along roads and corridors": (
        "沿道路和廊道连接同一介质的供应源与需求"
    ),
    "Coverage, %1": "覆盖率，%1",
    "Coverage, all media": "覆盖率，全部介质",
    "Existing pipe reused (m)": "复用现有管线（米）",
    "Figure": "指标",
    "Firms may stay where they are": "企业可保留在原位置",
    "Firms moved": "迁移企业数",
    "Firms to place": "待布局企业",
    "Free plots of zone": "分区内的空闲地块",
    "Investment (10⁴ RMB), DN %1": "投资（万元），DN %1",
    "Moves: %1": "迁移：%1",
    "New pipe length (m)": "新建管线长度（米）",
    "Not reached": "未连通",
    "Nothing to change: the current layout is already the best found.": (
        "无需修改：当前布局已是找到的最优布局。"
    ),
    "Optimising": "正在优化",
    "Pipe length (m)": "管线长度（米）",
    "Pipe length, %1 (m)": "管线长度，%1（米）",
    "Place firms on free plots to shorten their exchanges, within the zoning rules": (
        "在符合分区规则的前提下，将企业布局到空闲地块以缩短共生交换距离"
    ),
    "Proposal ready: accept it as one undoable step, or discard it.": (
        "方案已生成：可作为一步可撤销操作接受，或放弃。"
    ),
    "Reuse the pipes of this medium already drawn": "复用已绘制的同介质管线",
    "Rule breaches: zoning / buffer / plot size": "违反规则：分区 / 防护距离 / 地块面积",
    "Same seed and options give the same proposal": "相同的随机种子和选项得到相同的方案",
    "Seed": "随机种子",
    "Selected plots (%n)": "所选地块（%n）",
    "Stopped early: this is the best result found so far.": "已提前停止：这是目前找到的最优结果。",
    "Best objective so far: %1": "目前最优目标值：%1",
    "Distances along corridors": "沿廊道计算距离",
    "Measure exchanges along roads and pipe racks instead of straight lines": (
        "按道路和管廊而非直线计算交换距离"
    ),
    "at most %1 above the lower bound %2": "至多高于下界 %2 的 %1",
    "What the solver minimises, rule-breach penalties included": (
        "求解器最小化的目标值（含违反规则的罚分）"
    ),
    "Stopping: keeping the best result found so far": "正在停止：保留目前找到的最优结果",
    "The optimiser stopped without a result.": "优化器停止，未得到结果。",
    "The park refused the change; see the message bar.": "园区拒绝了此修改；请查看消息栏。",
    "Tick at least one firm to place.": "请至少勾选一家待布局的企业。",
    "Tick the firms to place": "勾选待布局的企业",
    "Time limit": "时间上限",
    "Time limit: the best result found by then is proposed": "时间上限：到时给出届时找到的最优结果",
    "land output, 10⁸ RMB/km²": "土地产出率，亿元/平方公里",
    "Σ exchange × distance (t·km/a)": "Σ 交换量 × 距离（吨·公里/年）",
    "Point": "点",
    "MultiPoint": "多点",
    "LineString": "线",
    "MultiLineString": "多线",
    "Polygon": "面",
    "MultiPolygon": "多面",
    "GeometryCollection": "几何集合",
    # ----- map tool messages -----------------------------------------------------------------
    "Nothing to delete (locked layers cannot be changed)": "没有可删除的对象（锁定图层不能修改）",
    "%1 objects": "%1 个对象",
    " and %1 exchange(s)": "及 %1 条共生交换",
    "Delete %1%2": "删除 %1%2",
    "Deleted %1%2. Ctrl+Z brings it back": "已删除 %1%2。按 Ctrl+Z 可恢复",
    "Nothing there to delete. ": "此处没有可删除的对象。",
    "Draw a %1 pipeline: click its start (snaps to a firm, facility or %1 pipe)": (
        "绘制%1管线：单击起点（捕捉企业、设施或%1管线）"
    ),
    "Not added: the pipeline has no length": "未添加：管线长度为零",
    "Draw %1 pipeline %2": "绘制%1管线 %2",
    "Add slide %1": "添加幻灯片 %1",
    ", joined to %1": "，连接到 %1",
    " and ": " 和 ",
    ", ends not joined to anything": "，端点未连接任何对象",
    "Pipeline %1 added (%2 m, %3%4). Click to draw another": (
        "已添加管线 %1（%2 米，%3%4）。单击可继续绘制"
    ),
    "Draw a %1 zone: click its first corner (the kind is chosen in the toolbar)": (
        "绘制%1：单击第一个角点（类型在工具栏中选择）"
    ),
    "Not added: the outline crosses itself (%1). Press Backspace to remove corners and click "
    "them again, or Esc to cancel": (
        "未添加：轮廓自相交（%1）。按 Backspace 删除角点后重新单击，或按 Esc 取消"
    ),
    "Not added: zone kind %1 is not declared in this park": "未添加：本园区未定义分区类型 %1",
    "Draw zone %1 (%2)": "绘制分区 %1（%2）",
    "Zone %1 added (%2 ha). Click to draw another": "已添加分区 %1（%2 公顷）。单击可继续绘制",
    "%1 vertex(es). Click the next vertex; double-click, Enter or right-click finishes; "
    "Backspace removes the last vertex; Esc cancels": (
        "已有 %1 个节点。单击下一个节点；双击、Enter 或右键结束；Backspace 删除上一个节点；Esc 取消"
    ),
    "Cancelled. ": "已取消。",
    "Nothing to remove. ": "没有可删除的节点。",
    "Needs at least %1 vertices; click more (Esc cancels)": (
        "至少需要 %1 个节点；请继续单击（Esc 取消）"
    ),
    "%1. Click the next point; double-click or Enter ends; Backspace removes the last point; "
    "Esc clears": ("%1。单击下一个点；双击或 Enter 结束；Backspace 删除上一个点；Esc 清除"),
    "%1. Click to start a new measurement": "%1。单击开始新的量测",
    "Distance %1": "距离 %1",
    "Area %1": "面积 %1",
    "Nothing movable there. ": "此处没有可移动的对象。",
    "Moving %1 object(s) by %2 m": "正在移动 %1 个对象，距离 %2 米",
    "Move %1": "移动 %1",
    "; %1 attached pipeline end(s) followed": "；%1 个相连的管线端点随之移动",
    "Moved %1 by %2 m%3": "已将 %1 移动 %2 米%3",
    "Move cancelled. ": "已取消移动。",
    "%1 object(s) selected": "已选择 %1 个对象",
    "Editing %1: drag a vertex, double-click an edge to add one, click a vertex then Delete to "
    "remove it; Esc stops": (
        "正在编辑 %1：拖动节点；双击边可添加节点；选中节点后按 Delete 删除；Esc 结束"
    ),
    "Move vertex of %1": "移动 %1 的节点",
    "Double-click on an edge of the outline to insert a vertex": "双击轮廓的边以插入节点",
    "Insert vertex in %1": "在 %1 中插入节点",
    "3 corners": "3 个角点",
    "2 points": "2 个点",
    "Cannot remove: the outline needs at least %1": "无法删除：轮廓至少需要 %1",
    "Delete vertex of %1": "删除 %1 的节点",
    "Not changed: the outline would cross itself": "未修改：轮廓将自相交",
    "Click where the %1 stands (the kind is chosen in the toolbar)": (
        "单击%1所在位置（类型在工具栏中选择）"
    ),
    "Place facility %1": "放置设施 %1",
    "Facility %1 placed (%2): enter its capacities in the Properties dock. Click to place "
    "another": ("已放置设施 %1（%2）：请在属性面板中填写其能力。单击可继续放置"),
    "Place firm %1": "放置企业 %1",
    "Firm %1 placed: enter its attributes in the Properties dock. Click to place another": (
        "已放置企业 %1：请在属性面板中填写其属性。单击可继续放置"
    ),
    "Click on a firm or facility. ": "请单击企业或设施。",
    "From %1: click the firm or facility it goes to (Esc cancels)": (
        "来源 %1：单击去向企业或设施（Esc 取消）"
    ),
    "An exchange needs two different ends: click the receiving one": (
        "共生交换需要两个不同的端点：请单击接收方"
    ),
    "No exchange recorded. ": "未记录共生交换。",
    "Not recorded: %1": "未记录：%1",
    "Record exchange %1 → %2 (%3)": "记录共生交换 %1 → %2（%3）",
    "Exchange %1 recorded: %2 %3 %4 from %5 to %6. ": "已记录共生交换 %1：%2 %3 %4，从 %5 到 %6。",
    # ----- main window (import, underlay, settings, autosave) ---------------------------------
    "Import into the scenario on screen": "导入到当前显示的方案",
    "GIS and CAD files (%1)": "GIS 和 CAD 文件 (%1)",
    "Autosave failed: %1": "自动保存失败：%1",
    "Add zones, firms, pipelines... from a GeoPackage, GeoJSON, Shapefile or DXF file": (
        "从 GeoPackage、GeoJSON、Shapefile 或 DXF 文件添加功能分区、企业、管线等"
    ),
    "Add scanned plan under the map": "在地图下方添加扫描规划图",
    "Place a scanned master plan (PNG, JPEG, TIFF) under the map by control points": (
        "通过控制点将扫描的总体规划图（PNG、JPEG、TIFF）配准到地图下方"
    ),
    "Language, default coordinate system, autosave, area unit": (
        "界面语言、默认坐标系、自动保存、面积单位"
    ),
    "Cannot open %1:\n%2": "无法打开 %1：\n%2",
    "Edits are not journaled (%1); save often.": "编辑未写入崩溃日志（%1）；请经常保存。",
    "Area %1 (%2 km² = %3 m² = %4 mu)": "面积 %1（%2 平方公里 = %3 平方米 = %4 亩）",
    "choose where to save the project first": "请先选择项目的保存位置",
    "%1 (unsaved)": "%1（未保存）",
    "The %1 tool failed (%2); please report this": "%1 工具出错（%2）；请报告此问题",
    # ----- Tools > Check park (ui/dialogs/check_dialog.py) ---------------------------------
    "Check park": "园区检查",
    "List overlapping zones, ids used twice and broken exchanges, and show each on the map": (
        "列出重叠的功能分区、重复的编号和失效的共生交换，并在地图上逐一显示"
    ),
    "Severity": "严重程度",
    "Object": "对象",
    "Problem": "问题",
    "Double-click a problem to show it on the map": "双击问题即可在地图上显示",
    "Show on map": "在地图上显示",
    "Select the objects of this problem and zoom the map to them": (
        "选中此问题涉及的对象并将地图缩放到这些对象"
    ),
    "Check again": "重新检查",
    "Run the check again after fixing something": "修改后重新运行检查",
    "No problems found": "未发现问题",
    "%1, %2": "%1，%2",
    "%n warning(s)": "%n 个警告",
    "%n error(s)": "%n 个错误",
    # ----- model refusals (ui/refusals.py): %1 is "企业 F12", %2 a field label -----------
    "%1 (original: %2)": "%1（原文：%2）",
    "%1: the geometry is not valid": "%1 的几何图形无效",
    "%1: the value of %2 is not valid": "%1 的「%2」取值无效",
    "%1: a value is not valid": "%1 的取值无效",
    "%1: %2 is not a known kind": "%1 的「%2」是未知的类型",
    "%1: unknown kind": "%1：未知的类型",
    "The id %1 is already in use": "编号 %1 已被使用",
    "%1: %2 refers to an object that does not exist": "%1 的「%2」引用了不存在的对象",
    "%1 does not exist in this scenario": "%1 在此方案中不存在",
    "Refers to an object that does not exist": "引用了不存在的对象",
    "%1 is still used by zones and cannot be removed": "%1 仍被功能分区使用，不能删除",
    "%1 is still used by symbiosis exchanges and cannot be deleted": (
        "%1 仍有共生交换引用，不能删除"
    ),
    "Zones %1 and %2 overlap by %3 m²": "功能分区 %1 与 %2 重叠 %3 平方米",
    "scenario": "方案",
    "zone kind": "分区类型",
    "park": "园区",
    "the object": "该对象",
    "year": "年份",
    "coordinate system": "坐标系",
    "%1 (%2) is not physically served: nothing arrives": "%1（%2）实际未满足：没有介质到达",
    "%1 (%2) is not physically served: pressure margin %3 MPa": (
        "%1（%2）实际未满足：压力裕量 %3 MPa"
    ),
    "A network cannot be solved in full": "管网无法完整求解",
    # ----- network physics (ui/hydraulics) -----------------------------------------------
    "Map colours": "地图着色",
    "Pressure": "压力",
    "Velocity against its limit": "流速与限值之比",
    (
        "Colour the steam and hot-water pipes by pressure or by velocity, and mark each "
        "consumer with its pressure margin"
    ): "按压力或流速为蒸汽和热水管线着色，并标出各用户的压力裕量",
    "Size pipes": "管径计算",
    (
        "Propose the smallest standard DN for each pipe that keeps within the velocity "
        "limits and gives every consumer its pressure"
    ): "为每条管线推荐满足流速限值且保证各用户压力的最小标准管径",
    "Consumer": "用户",
    "Needs, MPa": "所需压力，MPa",
    "Delivered, MPa": "到达压力，MPa",
    "Temperature, °C": "温度，°C",
    "Margin, MPa": "裕量，MPa",
    "Superheat, K": "过热度，K",
    "Condensate, t/h": "凝结水，t/h",
    "DN": "DN",
    "Length, m": "长度，m",
    "Flow, t/h": "流量，t/h",
    "Velocity, m/s": "流速，m/s",
    "Limit, m/s": "限值，m/s",
    "Pressure drop, MPa": "压降，MPa",
    "Outlet, MPa": "出口压力，MPa",
    "Outlet, °C": "出口温度，°C",
    "Heat loss, kW": "散热损失，kW",
    "The networks could not be solved: %1": "管网无法求解：%1",
    "%n network(s) solved": "已求解 %n 个管网",
    "%1 of %2 consumers physically served": "%2 个用户中 %1 个实际满足",
    "Networks": "管网",
    (
        "The smallest standard diameter for each pipe that keeps within the velocity "
        "limits and gives every consumer its pressure. Untick the pipes to keep."
    ): "每条管线满足流速限值并保证各用户压力的最小标准管径。取消勾选的管线保持原管径。",
    "Every pipe already has the size the networks need.": "所有管线的管径均已满足管网需要。",
    "Still short after sizing": "调整管径后仍不满足",
    "Now, DN": "现状 DN",
    "Proposed, DN": "推荐 DN",
    "Reason": "原因",
    "velocity limit": "流速限值",
    "pressure": "压力",
    "Apply ticked sizes": "应用勾选的管径",
    "Network pressure map": "管网压力图",
    (
        "Colour steam and hot-water pipes by pressure and mark each consumer with its "
        "pressure margin"
    ): "按压力为蒸汽和热水管线着色，并标出各用户的压力裕量",
    # ----- Tools > Symbiosis network (ui/dialogs/symbiosis_dialog.py, ui/sankey.py) --------------
    "Symbiosis network": "共生网络",
    "Flow diagram, by-product balances, chains, key-plant withdrawal and match suggestions": (
        "桑基图、副产品平衡、共生链、关键企业退出分析与匹配建议"
    ),
    "No symbiosis flows": "无共生流",
    "Baseline and plan side by side": "现状与规划并列",
    "Refresh": "刷新",
    "Export diagram": "导出桑基图",
    "Flow diagram": "桑基图",
    "Site": "企业/设施",
    "Stream": "物流类别",
    "Generated": "产生量",
    "Used in house": "厂内利用",
    "Exchanged out": "交换输出",
    "Received": "接收量",
    "Disposed": "处置量",
    "Can take in": "可接收量",
    "Balances": "物料平衡",
    "Chain": "共生链",
    "Ids": "编号",
    "Materials": "物料/能量",
    "Chains": "共生链",
    "Rank": "排名",
    "Damage": "损害分值",
    "Broken exchanges": "中断的交换",
    "Stranded consumers": "失去供应的用户",
    "Coverage drop (pp)": "覆盖率下降（百分点）",
    "Land output change": "地均产出变化",
    "Key-plant withdrawal": "关键企业退出",
    "From": "供方",
    "To": "受方",
    "Distance (m)": "距离（米）",
    "Pipe": "管线",
    "Source": "依据",
    "Accept suggestion": "采纳建议",
    "Record the exchange and, for steam, heat or water, route its pipe along the corridors; one step on the undo stack": (  # noqa: E501
        "记录该交换；蒸汽、热水或水类交换同时沿廊道布置管线；可一步撤销"
    ),
    "Suggestions": "匹配建议",
    "%1 of %2 firms take part in an exchange; association degree %3 % of IAV; %4 links per firm": (
        "%2 家企业中有 %1 家参与交换；园区关联度（按工业增加值）%3 %；平均每家企业 %4 条关联"
    ),
    "cycle": "循环",
    "chain": "链",
    "Choose a firm or facility to see what its withdrawal changes (a what-if: the park is not edited).": (  # noqa: E501
        "选择一家企业或设施，查看其退出后的影响（假设分析，不修改园区）。"
    ),
    "Without %1: exchanges broken: %2; consumers losing steam, heat or reclaimed water: %3": (
        "若 %1 退出：中断的交换：%2；失去蒸汽、热水或再生水供应的用户：%3"
    ),
    "PDF (*.pdf);;PNG (*.png);;SVG (*.svg)": "PDF (*.pdf);;PNG (*.png);;SVG (*.svg)",
    # ----- safe deletes and integrity warnings (issue 21) ---------------------------------------
    "%1 symbiosis exchange(s) are deleted with it: %2": "%1 条共生交换将随之删除：%2",
    "%1 %2 pipe(s) would be connected to no source: %3": "%1 条%2管线将不再连接任何供应源：%3",
    "%1 firm(s) would lose their %2 supply: %3": "%1 家企业将失去%2供应：%3",
    "%1 firm(s) would lose %2 service: %3": "%1 家企业将失去%2服务：%3",
    "Other objects depend on %1:": "以下对象依赖于%1：",
    "Delete with its %1 pipe(s)": "连同其 %1 条管线一并删除",
    "Delete only this": "仅删除此对象",
    "%1 with %2 pipe(s)": "%1及其 %2 条管线",
    "Nothing deleted": "未删除任何对象",
    "Note: it lies outside every zone, so it counts towards no zone (Ctrl+Z removes it)": (
        "注意：该企业不在任何功能分区内，不计入任何分区（按 Ctrl+Z 可撤销）"
    ),
    "%1 %2 pipe(s) are connected to no source: %3": "%1 条%2管线未连接任何供应源：%3",
    "%1 of %2 demand (firms %3) is on a network that reaches no source": (
        "%1 的%2需求（企业 %3）所在管网未连接任何供应源"
    ),
    "Facility %1 supplies %2 but touches no %2 pipe": "设施 %1 供应%2，但未连接任何%2管线",
    "Firm %1 lies outside every zone and counts towards no zone": (
        "企业 %1 不在任何功能分区内，不计入任何分区"
    ),
    "Could not copy the demo park to %1: %2": "无法将示范园区复制到 %1：%2",
    "Demo parks shipped with EcoPark Planner; each opens as your copy in %1": (
        "随生态园区规划器提供的示范园区；打开时会在 %1 中生成您自己的副本"
    ),
    # ----- issue 20: drafting, georeferencing, basemaps, change table, new park place -----
    "CAD input": "CAD 输入",
    "shape or place": "形状或位置",
    "Cannot add the scan": "无法添加扫描图",
    "Add scan %1": "添加扫描图 %1",
    "Add scanned plan": "添加扫描规划图",
    "Add scanned plan, place by clicks": "添加扫描图并点选配准",
    "Put a scan in the middle of the view, then click points on it and on the map": (
        "将扫描图放在视图中央，再在图上和地图上点选对应点"
    ),
    " pixels": " 像素",
    "e.g. iav_10k_rmb * 1.1": "例如 iav_10k_rmb * 1.1",
    "x,y   @dx,dy   @length<angle   length   <angle   WxH (rectangle)   S1 F3 (ids)": (
        "x,y   @dx,dy   @长度<角度   长度   <角度   宽x高（矩形）   S1 F3（编号）"
    ),
    "Type the first corner first": "请先输入第一个角点",
    "This tool takes coordinates, not object ids: type x,y or @dx,dy": (
        "此工具只接受坐标，不接受对象编号：请输入 x,y 或 @dx,dy"
    ),
    "No firm or facility %1 in this scenario": "本方案中没有企业或设施 %1",
    "No city, county or park called “%1” in the gazetteer": "地名库中没有名为“%1”的城市、县或园区",
    "%1 industrial park": "%1工业园区",
    "City, county or park, e.g. 辽滨 or Panjin": "城市、县或园区，如 辽滨 或 Panjin",
    "Where the park is: type a city, county or industrial park and Enter (the first match), or "
    "type longitude and latitude": (
        "园区位置：输入城市、县或工业园区后回车（取第一个匹配），或输入经纬度"
    ),
    "Type the next vertex while drawing; Enter adds it, an empty Enter finishes": (
        "绘制时输入下一个顶点；回车添加，空回车结束"
    ),
    "Right angle: each segment turns 90° from the last": "正交：每段与上一段成 90°",
    "Parallel to the first segment of the shape": "平行于图形的第一段",
    "Input": "输入",
    "Choose a drawing tool first": "请先选择绘图工具",
    "Angle locked at %1°": "角度锁定为 %1°",
    "Type x,y or @dx,dy for a point": "点位请输入 x,y 或 @dx,dy",
    "Baseline vs plan changes": "现状与规划对比",
    "Changed fields": "修改的字段",
    "%1 added, %2 removed, %3 changed": "新增 %1，删除 %2，修改 %3",
    "Select objects to copy": "请选择要复制的对象",
    "Copied %1 object(s)": "已复制 %1 个对象",
    "Select objects to duplicate": "请选择要原位复制的对象",
    "Copy the selected objects": "复制所选对象",
    "Paste copied objects with new ids in this park's numbering": (
        "粘贴复制的对象，按本园区编号规则赋新编号"
    ),
    "Copy the selection beside itself, with new ids": "在旁边复制所选对象并赋新编号",
    "Field calculator": "字段计算器",
    "Set a field of many objects from an expression": "按表达式批量设置字段值",
    "Objects added, removed and changed, and the indicators side by side with their difference": (
        "新增、删除和修改的对象，以及指标并列对比及差值"
    ),
    "Add basemap (orthophoto, tiles)": "添加底图（正射影像、瓦片）",
    "Put a GeoTIFF orthophoto or an MBTiles / GeoPackage tile set under the plan (offline)": (
        "将 GeoTIFF 正射影像或 MBTiles / GeoPackage 瓦片置于规划图下（离线）"
    ),
    "Underlays and basemaps": "底图与扫描图",
    "Opacity, visibility and order of the images under the map": "地图下方影像的透明度、显示与顺序",
    "Snapping options": "捕捉设置",
    "Snapping tolerance, what attracts and which layers": "捕捉容差、捕捉对象与图层",
    "Georeference": "地理配准",
    "Place imported CAD or a scanned plan by control points clicked on the drawing and on the map": "在图纸和地图上点选控制点，配准导入的 CAD 或扫描图",  # noqa: E501
    "Selected objects only": "仅所选对象",
    "Fields by name; $area, $length, $x, $y of the geometry; functions: %1": (
        "字段名直接引用；几何量 $area、$length、$x、$y；函数：%1"
    ),
    "Expression": "表达式",
    "%1 object(s) changed": "已修改 %1 个对象",
    "Similarity (shift, turn, scale): CAD": "相似变换（平移、旋转、缩放）：CAD",
    "Affine (also stretch): scans": "仿射变换（含拉伸）：扫描图",
    "drawing name, e.g. 总平面图.dxf": "图纸名称，如 总平面图.dxf",
    "Drawing x": "图纸 x",
    "Drawing y": "图纸 y",
    "Map x": "地图 x",
    "Map y": "地图 y",
    "Residual (m)": "残差（米）",
    "Pick on drawing": "在图纸上点选",
    "Pick on map": "在地图上点选",
    "Remove point": "删除控制点",
    "Use remembered": "使用已保存配准",
    "Place": "配准对象",
    "Fit": "变换",
    "Remember as": "保存为",
    "Remembered placement": "已保存的配准",
    "Selected objects (%1)": "所选对象（%1）",
    "Image: %1": "影像：%1",
    "Click the point on the drawing where it lies now": "点击图纸上该点当前所在位置",
    "Click where that point belongs on the map": "点击该点在地图上应在的位置",
    "Pick at least two points on the drawing and on the map": "请在图纸和地图上至少点选两个控制点",
    "RMS %1 m, largest residual %2 m; scale %3, rotation %4°": (
        "中误差 %1 米，最大残差 %2 米；比例 %3，旋转 %4°"
    ),
    "Place %1": "配准 %1",
    "Georeference (%1 points, RMS %2 m)": "地理配准（%1 个控制点，中误差 %2 米）",
    "Zoom to layer": "缩放至图层",
    "Opacity, visibility and order": "透明度、显示与顺序",
    "Add basemap": "添加底图",
    "Start the view at this place": "地图视图从此处开始",
    "Where": "位置",
    "Longitude": "经度",
    "Latitude": "纬度",
    "Snap while drawing and editing": "绘制和编辑时捕捉",
    "Firm and facility points": "企业和设施点",
    "Vertices": "顶点",
    "Segments (nearest point on an edge)": "线段（边上最近点）",
    "Intersections of segments": "线段交点",
    "Tolerance": "容差",
    "Snap to": "捕捉到",
    "Cannot add the basemap": "无法添加底图",
    "Add basemap %1": "添加底图 %1",
    "Rasters (*.tif *.tiff *.mbtiles *.gpkg *.jp2);;All files (*)": (
        "栅格 (*.tif *.tiff *.mbtiles *.gpkg *.jp2);;所有文件 (*)"
    ),
    "Opacity of the selected image": "所选影像的透明度",
    "Move down (under)": "下移（置于下方）",
    "Move up (over)": "上移（置于上方）",
    "Zoom to": "缩放至",
    "Show underlay": "显示底图",
    "Hide underlay": "隐藏底图",
    "Underlay opacity %1 %": "底图透明度 %1 %",
    "Reorder underlays": "调整底图顺序",
    "Remove underlay %1": "删除底图 %1",
    # ----- issue 19: files shared with QGIS and CAD ---------------------------------------------
    "File changed by another program": "文件已被其他程序修改",
    "%1 was changed by another program (QGIS, for example) since you opened or last saved it. Saving now would overwrite those changes.": (  # noqa: E501
        "自您打开或上次保存 %1 以来，它已被其他程序（例如 QGIS）修改。现在保存将覆盖这些修改。"
    ),
    "Reload the file and re-apply your unsaved edits on top of it (edits that no longer apply are listed), save your version as a new file, or overwrite the other program's changes on purpose.": (  # noqa: E501
        "可以重新载入文件并在其上重新应用您未保存的编辑（不再适用的编辑会列出），"
        "或将您的版本另存为新文件，或有意覆盖其他程序的修改。"
    ),
    "Reload and re-apply my edits": "重新载入并重新应用我的编辑",
    "Save as a new file": "另存为新文件",
    "Overwrite their changes": "覆盖其他程序的修改",
    "Cannot re-apply the edits": "无法重新应用编辑",
    "Your unsaved edits were not journaled; save them as a new file instead.": (
        "您未保存的编辑没有记入日志；请改为另存为新文件。"
    ),
    "Cannot reload %1": "无法重新载入 %1",
    "not journaled: %1": "未记入日志：%1",
    "%1 edit(s) were re-applied on top of %2 as it is now; review and save.": (
        "已在 %2 的当前内容上重新应用 %1 项编辑；请检查后保存。"
    ),
    "Edits re-applied": "编辑已重新应用",
    "… and %1 more": "……另有 %1 项",
    "Some edits no longer apply": "部分编辑已不再适用",
    "These no longer apply (the file keeps its value):": "以下编辑不再适用（保留文件中的值）：",
    "EcoPark Planner closed unexpectedly while %1 had %2 unsaved edit(s):\n%3\n\nThe file has been changed since (by another program, or by a save that was not recorded). Your edits can be merged into the file as it is now; edits that no longer apply will be listed.": (  # noqa: E501
        "生态园区规划器意外关闭时，%1 有 %2 项未保存的编辑：\n%3\n\n"
        "此后该文件已被修改（被其他程序，或被一次未记录的保存）。"
        "可以将您的编辑合并到文件的当前内容中；不再适用的编辑会列出。"
    ),
    "Merge my edits": "合并我的编辑",
    "Decide later (keep them)": "稍后决定（保留编辑）",
    "Discard my edits": "放弃我的编辑",
    "%1 edit(s) were merged into %2 as it is now; review and save.": (
        "已将 %1 项编辑合并到 %2 的当前内容中；请检查后保存。"
    ),
    "Rows that need attention": "需要处理的数据行",
    "Feature id": "要素编号",
    "What is wrong": "问题",
    "Fix": "修正",
    "Delete row": "删除该行",
    "%1 row(s) of the file could not be read and were set aside; the rest of the project is open. They are kept in the file until you fix or delete them.": (  # noqa: E501
        "文件中有 %1 行无法读取，已暂时搁置；项目其余部分已打开。"
        "在您修正或删除之前，这些行会保留在文件中。"
    ),
    "Fix a row": "修正数据行",
    "%1 %2, field %3 (stored: %4):": "%1 %2，字段 %3（文件中的值：%4）：",
    "the file does not say: choose one": "文件未说明：请选择",
    "(the drawing does not say: choose)": "（图纸未说明：请选择）",
    "Import features far from the park all the same": "仍然导入远离园区的要素",
    "Features more than 100 km from the park usually mean a wrong CRS or units": (
        "距园区超过 100 公里的要素通常意味着坐标系或单位有误"
    ),
    "Propose CRSs from the coordinates": "根据坐标推荐坐标系",
    "(no proposal yet)": "（尚无推荐）",
    "none fit these coordinates (check the units)": "没有与这些坐标相符的坐标系（请检查单位）",
    "choose a proposed CRS": "选择推荐的坐标系",
    " — %1 km from the park": " — 距园区 %1 公里",
    # ----- issue 15: targets, per-mu grades, CTIP & low-carbon tab -----------------------------
    "Per-mu grades": "亩均评价等级",
    (
        "Firms graded A-D by the percentile of a weighted score of IAV, "
        "tax, energy and emissions per mu and labour productivity (weights "
        "and cut-offs are editable data)"
    ): (
        "按亩均工业增加值、亩均税收、亩均能耗、亩均排放和全员劳动生产率的加权得分百分位将企业评为 "
        "A-D 级（权重和分档线为可编辑数据）"
    ),
    "Grade": "等级",
    "A %1 · B %2 · C %3 · D %4 · not graded (no plot area) %5": (
        "A 级 %1 · B 级 %2 · C 级 %3 · D 级 %4 · 未评级（无用地面积）%5"
    ),
    "CTIP, low-carbon": "循环化改造与低碳",
    (
        "Land output = IAV of firms on industrial land / industrial land "
        "area (10⁸ RMB/km²); HJ 274-2009 row 2.1 requires at least 9"
    ): (
        "地均产出 = 工业用地上企业的工业增加值 / 工业用地面积（亿元/平方公里）"
        "；HJ 274-2009 第 2.1 项要求不低于 9"
    ),
    "Targets": "目标",
    (
        "The plan's targets and the share met (second subsidy tranche)"
    ): "规划方案的目标及达成比例（第二笔补助资金）",
    "Firms graded A-D by their per-mu figures": "按亩均指标将企业评为 A-D 级",
    "Colour firms by per-mu grade": "按亩均等级为企业着色",
    "Draw each firm as a disc coloured by its grade": "将每家企业绘制为按等级着色的圆点",
    "Per-mu grade": "亩均等级",
    (
        "CTIP (seed 004 Table 2): no thresholds, each park sets targets "
        "(Tools > Targets); LC/ZC: low-carbon pilot and zero-carbon park "
        "indicators"
    ): (
        "园区循环化改造（种子文献 004 表 2）：无统一限值，由园区自定目标（工具 "
        "> 目标）；LC/ZC：低碳园区试点与零碳园区指标"
    ),
    "met": "达成",
    "not met": "未达成",
    "no target": "无目标",
    "not applicable": "不适用",
    "No targets for this scenario (Tools > Targets).": "本方案没有目标（工具 > 目标）。",
    "due": "可拨付",
    "not due": "不可拨付",
    ("<b>%1 of %2 targets met (%3 %)</b>; second subsidy tranche: %4 (needs at least 90 %)"): (
        "<b>%2 项目标中达成 %1 项（%3 %）</b>；第二笔补助资金：%4（需达成至少 90 %）"
    ),
    (
        "The plan's targets (indicator, target, year) and the share met; "
        "at least 90 % met releases the second half of the CTIP subsidy"
    ): (
        "规划方案的目标（指标、目标值、目标年）及达成比例；达成至少 "
        "90 % 即可拨付循环化改造补助资金的后一半"
    ),
    "Programme": "项目类别",
    "Change %": "变化 %",
    "Met": "是否达成",
    "Indicator of the new target": "新目标的指标",
    "Add target": "添加目标",
    "Load example targets": "载入示例目标",
    ("Replace this plan's targets by a work plan's targets of seed 004 Table A2"): (
        "用种子文献 004 表 A2 中实施方案的目标替换本规划方案的目标"
    ),
    "Change targets": "修改目标",
    "Not a number: %1 (nothing changed)": "不是数字：%1（未作修改）",
    "A target needs a value or a change %": "目标需要填写目标值或变化百分比",
    (
        "A baseline has no targets: switch to a plan or a monitoring scenario."
    ): "现状基准没有目标：请切换到规划方案或监测方案。",
    "Targets of the plan <b>%1</b>": "规划方案 <b>%1</b> 的目标",
    ("Monitoring <b>%1</b> (%2) judged against the targets of plan %3"): (
        "监测方案 <b>%1</b>（%2 年）按规划方案 %3 的目标评价"
    ),
    "baseline × (1 + change): %1": "基准值 × (1 + 变化)：%1",
    "No targets yet.": "尚无目标。",
    "Tianjin ETDZ (seed 004 Table A2)": "天津经济技术开发区（种子文献 004 表 A2）",
    "Rizhao ETDZ (seed 004 Table A2)": "日照经济技术开发区（种子文献 004 表 A2）",
    "Zero-carbon": "零碳",
    "Low-carbon": "低碳",
    "grade %1": "%1 级",
    "no plot area: not graded": "无用地面积：未评级",
    "not recorded (scores 0): %1": "未填报（计 0 分）：%1",
    # ----- energy and carbon (issue 13) -----------------------------------------------------
    "Replaced boilers save %1 tce of fuel, %2 t SO₂, %3 t NOx and %4 t CO₂ a year (net of the "
    "CHP's coal)": (
        "替代小锅炉每年节能 %1 吨标煤，减排 SO₂ %2 吨、氮氧化物 %3 吨、CO₂ %4 吨"
        "（已扣除热电厂增加的耗煤）"
    ),
    "reclaimed water saves %1 m³ of fresh water a year": "再生水每年节约新鲜水 %1 立方米",
    "CO₂ <b>%1</b> t/a (scope 1 %2, scope 2 %3); %4 t per 10⁴ RMB IAV; %5 t per tce": (
        "CO₂ 排放 <b>%1</b> 吨/年（直接 %2，间接 %3）；单位工业增加值 %4 吨/万元；"
        "单位能耗 %5 吨/吨标煤"
    ),
    "Energy and carbon factors": "能源与碳排放因子",
    "Park's regional grid": "园区所在区域电网",
    "Energy (tce) counts electricity at its equivalent value 0.1229 tce/MWh; the non-fossil and "
    "renewable shares count it as the coal used to generate it.": (
        "综合能耗按当量值（0.1229 吨标煤/兆瓦时）折算电力；"
        "非化石能源和可再生能源占比按发电煤耗法折算。"
    ),
    "Factor": "因子",
    "Meaning": "说明",
    "Restore shipped values": "恢复默认值",
    "Change energy and carbon factors": "修改能源与碳排放因子",
    "Thematic map class breaks": "专题图分级",
    "Colour firms by": "企业着色依据",
    "Class breaks (increasing, 1 to 4)": "分级界限（递增，1–4 个）",
    "Conversion and emission factors with their sources; the park's grid": (
        "折标与排放因子及其来源；园区所在电网"
    ),
    "Firms by sector (no thematic colours)": "企业按行业显示（不着色）",
    "Colour firms by CO₂ per IAV": "按单位工业增加值 CO₂ 排放为企业着色",
    "Colour firms by energy per IAV": "按单位工业增加值能耗为企业着色",
    "Thematic class breaks": "专题图分级",
    "National average": "全国平均",
    "North China grid": "华北电网",
    "Northeast China grid": "东北电网",
    "East China grid": "华东电网",
    "Central China grid": "华中电网",
    "Northwest China grid": "西北电网",
    "South China grid": "南方电网",
    "Southwest China grid": "西南电网",
    # ----- work plan dock (issue 17: projects, safeguards) ----------------------------------
    "Work plan": "工作方案",
    "Key projects": "重点项目",
    "Project": "项目",
    "Owner": "实施主体",
    "Start year": "开工年",
    "Completion year": "完工年",
    "Investment (10⁴ RMB)": "投资（万元）",
    "Subsidy rate %": "补贴比例 %",
    "Propose projects": "自动生成项目",
    (
        "Replace the projects by the automatic proposal: runs of new pipe, planned facilities, "
        "boiler replacements, symbiosis links (undoable)"
    ): "用自动建议替换项目：新建管线段、规划设施、小锅炉替代、共生链接（可撤销）",
    "Remove project": "删除项目",
    "Safeguard measures": "保障措施",
    "Organisation, policy, funding or monitoring measures, as printed in the plan": (
        "组织、政策、资金或监测考核保障措施，按方案印出的文字填写"
    ),
    "Apply text": "应用文字",
    "From the cost table; type a figure to override": "按造价表计算；输入数值可覆盖",
    "%n project(s), investment %1 (10⁴ RMB)": "%n 个项目，投资 %1 万元",
    (
        "Key projects of the work plan (objects grouped, owner, years, investment, "
        "subsidy rate), safeguard measures and the baseline history"
    ): "工作方案的重点项目（对象分组、实施主体、年份、投资、补贴比例）、保障措施与近三年情况",
    "Baseline history": "近三年情况",
    # issue 17: plan totals computed jointly (project benefits overlap)
    (
        "Each project's benefit is the plan with it minus without it, so two projects "
        "can claim the same saving: the plan's figures come from one run without all "
        "the projects, never from the sum of the projects"
    ): "各项目效益为有无该项目之差，两个项目可能计入同一效益：方案合计按去掉全部项目后一次比较"
    "联合计算，不是各项目之和",
    (
        "Plan, all projects together (computed jointly, not the sum of the projects): "
        "savings %1 (10⁴ RMB/a), NPV %2 (10⁴ RMB), payback %3"
    ): "方案合计（全部项目联合计算，非各项目之和）：年节约 %1 万元，净现值 %2 万元，回收期 %3",
    "%1 years": "%1 年",
    "no payback": "无法回收",
    "Park-level figures of the three years before the baseline year": (
        "基准年之前三年的园区层面数据"
    ),
    "Key projects with years, investment and subsidy; safeguard measures": (
        "重点项目的年份、投资与补贴；保障措施"
    ),
    # ----- issue 20: print sheet dialog, label settings ------------------------------------------
    "Drawing sheet for the panel: A4 to A0, exact scale, title block, page per scenario":
        "供专家评审的图纸：A4 至 A0、精确比例尺、图签、每个方案一页",
    "Label settings: %1": "标注设置：%1",
    "Label this layer": "标注此图层",
    "White halo behind the text": "文字加白色光晕",
    "Label with": "标注字段",
    "Font size on screen": "屏幕字号",
    "Label settings": "标注设置",
    "Scale": "比例尺",
    "A round scale, or type one (1:7,500); Fit to sheet picks the largest that fits":
        "选择整数比例尺或直接输入（如 1:7,500）；“适合图幅”选用能容纳全部对象的最大比例尺",
    "Fit to sheet": "适合图幅",
    "Empty: EP-01, EP-02… by page; {page} is the page number":
        "留空则按页编为 EP-01、EP-02…；{page} 代表页码",
    "Include underlays and basemaps": "包括底图和影像",
    "One page per ticked scenario, at one scale and extent": "每个勾选的方案一页，比例尺和范围相同",
    "Design unit": "设计单位",
    "Drawing title": "图名",
    "Drawn by": "制图",
    "Checked by": "审核",
    "Drawing No.": "图号",
    "Park layout plan": "园区总体布局规划图",
    "Title block (saved in the file)": "图签（保存在项目文件中）",
    "Update preview": "更新预览",
    "The scale is not readable: choose one or type it as 1:7,500":
        "无法识别比例尺：请选择一个，或按 1:7,500 的格式输入",
    "Tick at least one scenario to print": "请至少勾选一个要出图的方案",
    "Several scenarios print as pages of one PDF: choose PDF or one":
        "多个方案只能输出为同一 PDF 的多页：请选择 PDF 或只勾选一个方案",
    "Scale %1 · %2 labels placed": "比例尺 %1 · 已放置 %2 个标注",
    "%1 left off for room": "%1 个因空间不足未标注",
    "%1 objects reach beyond the sheet: choose Fit to sheet or a larger paper":
        "%1 个对象超出图幅：请选择“适合图幅”或更大的图纸",
    "Change title block": "修改图签",
    "Drawing the sheets": "正在绘制图纸",
    "Drawing sheet %1 of %2": "正在绘制第 %1 张图纸（共 %2 张）",
    # ----- phasing: year slider, phasing dock, progress report (issue 17 part B) -----------
    'Previous year': '上一年',
    'Next year': '下一年',
    'Show the park one year earlier (timeline)': '显示早一年的园区（时间轴）',
    'Show the park one year later (timeline)': '显示晚一年的园区（时间轴）',
    'Phasing and progress': '分期实施与进展',
    'Targets by milestone year and the annual progress report': '分年度目标与年度进展报告',
    'Phasing': '分期实施',
    'Targets by year': '分年度目标',
    'Monitoring scenario': '监测方案',
    'Progress report': '进展报告',
    'Targets by year need a baseline and a plan.': '分年度目标需要现状方案和规划方案。',
    'Target %1': '%1 年目标',
    'Value %1': '%1 年预计值',
    '%1: %2 of %3 met': '%1 年：%3 项中达标 %2 项',
    'The plan has no targets yet: enter them in Tools ▸ Targets.': (
        '规划尚无目标：请在“工具 ▸ 目标”中录入。'
    ),
    (
        'Milestone years %1. Interim targets run straight from the baseline to each '
        'target; values are the park as it stands that year. %2'
    ): (
        '节点年份 %1。各年目标由现状值直线推进至目标值；预计值为该年已建成的园区。%2'
    ),
    (
        'Add a monitoring scenario (the actual values of a year) to see the annual '
        'progress report.'
    ): (
        '添加监测方案（某一年的实际值）即可查看年度进展报告。'
    ),
    'not yet due': '尚未达到拨付条件',
    '%1: %2 of %3 targets met (%4); second subsidy tranche %5 (needs 90 %).': (
        '%1 年：%3 项目标中达标 %2 项（%4）；第二笔补助资金%5（需达成 90'
        ' %）。'
    ),
    'Planned objects in service: %1 of %2.': '已建成的规划对象：%2 个中 %1 个。',
    'Projects completed: %1 of %2 (%3).': '已完成项目：%2 个中 %1 个（%3）。',
    'Target this year': '当年目标',
    'Actual': '实际值',
    '%1 — as built in %2': '%1 —— %2 年建成情况',
    'Timeline': '时间轴',
    'Year in service': '投运年份',
    'Year shown on the map': '地图显示的年份',
    (
        'Show the park as it stands in a year between the baseline and the plan: objects '
        "not yet in service are hidden and every indicator is that year's"
    ): (
        '显示现状年与规划年之间某一年的园区：尚未投运的对象不显示，各项指标均为该年数值'
    ),
    '(plans only)': '（仅规划方案）',
    (
        "The plan's targets in each milestone year, and the annual progress report of a "
        'monitoring scenario'
    ): '规划在各节点年份的目标，以及监测方案的年度进展报告',
    '%1 (plan year)': '%1（规划年）',
    '%1 (baseline year)': '%1（现状年）',
    # ----- issue 21 part B: refused edits in place, figures explained --------------------------
    "%1 must be a number; %2 is not one.": "%1必须是数字，%2不是数字。",
    "%1 must be a number (not NaN).": "%1必须是数字（不能是 NaN）。",
    "%1 must be a finite number.": "%1必须是有限的数字。",
    "%1 cannot be negative (%2).": "%1不能为负数（%2）。",
    "%1 must be a whole number, not %2.": "%1必须是整数，不能是 %2。",
    "%1 cannot be empty: enter a number.": "%1不能为空，请输入数字。",
    "%1 = %2 is implausibly large: check the unit.": "%1 = %2，数值大得不合理，请检查单位。",
    "%1 cannot be empty.": "%1不能为空。",
    "%1 must be text.": "%1必须是文字。",
    "%1 contains an invisible control character: remove it.": "%1含有不可见的控制字符，请删除。",
    "%1 must be a fraction above 0 and at most 1, not %2.": (
        "%1必须是大于 0 且不超过 1 的小数，不能是 %2。"
    ),
    "%1 must be 0 while the firm has no boiler of its own.": "企业没有自备锅炉时，%1必须为 0。",
    "A firm cannot exchange with itself (%1).": "企业不能与自身交换（%1）。",
    "%1 must be a year like 2025.": "%1必须是年份，例如 2025。",
    "The id %1 is already in use.": "编号 %1 已被使用。",
    "%1: this value is not one of the allowed choices.": "%1：该值不在允许的选项中。",
    "%1 refers to an object that does not exist.": "%1引用的对象不存在。",
    "%1: this value is not accepted.": "%1：该值无效。",
    "The field is back to its last valid value (%1).": "已恢复为上一个有效值（%1）。",
    "empty": "空",
    "<b>What is this?</b>": "<b>这是什么？</b>",
    "Definition, formula, requirement, source and inputs of the clicked row": (
        "所点击行的定义、公式、要求、来源和输入数据"
    ),
    "Click a row of the indicator tables to see what it means, how it is computed and where "
    "this value comes from.": "点击指标表中的一行，查看其含义、计算方法以及数值来源。",
    "fail (short by %1)": "未达标（差 %1）",
    "%1 pass, %2 fail, %3 without data (of %4 rows)": "达标 %1，未达标 %2，无数据 %3（共 %4 项）",
    "; %1 of them entered by the planner (%2 pass, %3 fail)": (
        "；其中规划人员填报 %1 项（达标 %2，未达标 %3）"
    ),
    "Entered values count as passing or failing by their value, like values from the map; the "
    "same rule is used by the slides, the PDF, the workbook and the CLI": (
        "填报值与地图计算值一样，按数值判定达标与否；演示幻灯片、PDF、工作簿和命令行采用同一规则"
    ),
    " (entered)": "（填报）",
    # ----- presentation window (issue 21) --------------------------------------------------------
    "%1 — presentation": "%1 — 汇报模式",
    "Scenario not found: %1": "方案不存在：%1",
    "← → PageUp PageDown slides  ·  F flows  ·  Esc leave": (
        "← → 上页/下页 翻页  ·  F 桑基图  ·  Esc 退出"
    ),
    # ----- export language, report export (issue 21) ---------------------------------------------
    "Chinese only": "仅中文",
    "Bilingual (Chinese and English)": "中英双语",
    "English only": "仅英文",
    "The language of the exported file; codes (HJ 274, CTIP, CO₂) and unit symbols stay as they "
    "are": "导出文件的语言；代码（HJ 274、CTIP、CO₂）和单位符号保持原样",
    "Export report": "导出报告",
    "Report written: %1": "报告已写入：%1",
    "Routed %1 DN%2": "优化路由 %1 DN%2",
    "PDF report for the panel: overview, map, key projects, charts, symbiosis chains, "
    "cost-benefit, safeguards": (
        "供评审专家的 PDF 报告：概况、地图、重点项目、图表、共生链、成本效益、保障措施"
    ),
}

BY_CONTEXT: dict[tuple[str, str], str] = {
    # title block field (the work plan dock's "Project" is 项目)
    ("PrintSheetDialog", "Project"): "工程名称",
    # default export file names (file-name-safe: no spaces)
    ("ExportDialogs", "work-plan"): "工作计划",
    ("ExportDialogs", "map"): "规划图",
    ("ExportDialogs", "report"): "工作方案报告",
}
"""(context, source) -> Chinese, where one English word needs two Chinese ones."""

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Preferences</name>
    <message>
        <source>“%1” is not a coordinate system code (try EPSG:4550).</source>
        <translation>“%1”不是有效的坐标系代码（例如 EPSG:4550）。</translation>
    </message>
    <message>
        <source>%1 is geographic (degrees); choose a projected CRS such as CGCS2000 / 3-degree Gauss-Kruger (EPSG:4534-4554).</source>
        <translation>%1 是地理坐标系（单位为度）；请选择投影坐标系，例如 CGCS2000 3度带高斯-克吕格投影（EPSG:4534-4554）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Coordinate system of new projects, e.g. EPSG:4550 (CGCS2000, 123°E)</source>
        <translation>新建项目的坐标系，例如 EPSG:4550（CGCS2000，中央经线 123°E）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Square metres (m²)</source>
        <translation>平方米 (m²)</translation>
    </message>
    <message>
        <source>Hectares (ha)</source>
        <translation>公顷 (ha)</translation>
    </message>
    <message>
        <source>Mu (亩)</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>Square kilometres (km²)</source>
        <translation>平方公里 (km²)</translation>
    </message>
    <message>
        <source>A new language applies to open windows after you restart EcoPark Planner.</source>
        <translation>新的界面语言将在重新启动生态园区规划器后应用于已打开的窗口。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Default coordinate system:</source>
        <translation>默认坐标系：</translation>
    </message>
    <message>
        <source>Autosave every:</source>
        <translation>自动保存间隔：</translation>
    </message>
    <message>
        <source>Show areas in:</source>
        <translation>面积显示单位：</translation>
    </message>
</context>
</TS>

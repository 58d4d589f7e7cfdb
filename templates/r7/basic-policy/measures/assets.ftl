<#-- basic.measures.assets 情報資産の分類と管理 -->
<#if classification.scheme == "local">
情報資産を${body.self}が定める${classification.name}の区分に従って分類し、
<#else>
情報資産を機密性、完全性及び可用性の観点から分類し、
</#if>
分類に応じた取扱いを定めるとともに、管理の責任者を明らかにして管理する。

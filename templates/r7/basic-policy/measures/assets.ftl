<#-- basic.measures.assets 情報資産の分類と管理 -->
<#if classification.scheme == "local">
${body.self}が保有する情報資産を、${body.self}が定める${classification.name}の区分に従って分類し、
<#else>
${body.self}が保有する情報資産を、その内容に応じて機密性、完全性及び可用性の観点から分類し、
</#if>
分類に応じた取扱いの基準を定めて管理する。
情報資産ごとに管理の責任を負う者を明らかにし、台帳等によりその所在及び状態を把握する。

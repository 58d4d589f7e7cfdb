<#-- basic.scope.organisations 行政機関の範囲 / 組織の範囲 -->
<#if body.isCouncil>
<#assign orgs = scope.organisations?filter(o -> o != "議会")>
この基本方針は、議会<#if orgs?has_content>（${jlist(orgs)}を含む。）</#if>に適用する。
<#else>
この基本方針を適用する行政機関は、${jlist(scope.organisations)}とする。
</#if>
<#if scope.exclusions?has_content>

ただし、${jlist(scope.exclusions)}については、その性質に応じて別に定めるところにより情報セキュリティを確保するものとし、この基本方針の対象としない。
</#if>
